package io.dragoman.tm.tmx;

import io.dragoman.tm.Annotation;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes units as TMX 1.4b (valid against the TMX 1.4 DTD), UTF-8, streaming: one page of units
 * in memory at a time. Each unit's languages, texts and inline markup, props and notes (on the
 * unit and on each side), tuid, dates, creator, changer and usage are written back as imported.
 *
 * <p>The header's {@code srclang} is the selection's source language when it has one, else the
 * one source language of all selected units, else {@code *all*}; a unit whose source language
 * differs from the header's carries its own {@code srclang}, so a re-import keeps its direction.
 */
@ApplicationScoped
public class TmxExporter {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final UnitReader reader;
    private final String version;

    TmxExporter(UnitReader reader,
                @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version) {
        this.reader = reader;
        this.version = version;
    }

    /** Writes the selected units to {@code out} (not closed); returns how many. */
    public long export(UnitSelection selection, OutputStream out) throws IOException {
        try {
            // The JDK's writer sends every few characters to its stream: without a buffer, a system
            // call each, and the export spent most of its time in them.
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffered, "UTF-8");
            String srclang = srclang(selection);
            header(xml, srclang);
            long count = 0;
            long after = 0;
            for (List<UnitView> page = reader.views(selection, after); !page.isEmpty();
                 page = reader.views(selection, after)) {
                for (UnitView unit : page) {
                    unit(xml, unit, srclang);
                }
                count += page.size();
                after = page.get(page.size() - 1).id();
                xml.flush();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            buffered.flush();
            return count;
        } catch (XMLStreamException e) {
            throw new IOException("writing TMX failed: " + e.getMessage(), e);
        } catch (SegmentMarkup.TmxWriteException e) {
            throw new IOException("writing TMX failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private String srclang(UnitSelection selection) {
        if (selection.sourceLang() != null && !selection.bothDirections()) {
            return selection.sourceLang().tag();
        }
        List<String> languages = reader.sourceLanguages(selection);
        return languages.size() == 1 ? languages.get(0) : TmxHeader.ALL;
    }

    private void header(XMLStreamWriter xml, String srclang) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "Dragoman");
        xml.writeAttribute("creationtoolversion", version);
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "Dragoman");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", srclang);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", TmxDates.format(OffsetDateTime.now(ZoneOffset.UTC)));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("body");
    }

    private void unit(XMLStreamWriter xml, UnitView unit, String srclang) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("tu");
        attribute(xml, "tuid", unit.tuid());
        if (!unit.sourceLang().equals(srclang)) {
            xml.writeAttribute("srclang", unit.sourceLang());
        }
        attribute(xml, "creationdate", TmxDates.format(unit.createdAt()));
        attribute(xml, "creationid", unit.createdBy());
        // Dragoman stores a change date and changer for every unit, equal to the creation's when
        // nothing changed since; writing them only when they differ gives back what was imported.
        if (!unit.changedAt().isEqual(unit.createdAt())) {
            attribute(xml, "changedate", TmxDates.format(unit.changedAt()));
        }
        if (!Objects.equals(unit.changedBy(), unit.createdBy())) {
            attribute(xml, "changeid", unit.changedBy());
        }
        if (unit.usageCount() > 0) {
            attribute(xml, "usagecount", String.valueOf(unit.usageCount()));
        }
        if (unit.lastUsedAt() != null) {
            attribute(xml, "lastusagedate", TmxDates.format(unit.lastUsedAt()));
        }
        annotations(xml, unit.annotations(), "tu", "      ");
        variant(xml, unit.sourceLang(), unit.sourceText(), unit.annotations(), "source");
        variant(xml, unit.targetLang(), unit.targetText(), unit.annotations(), "target");
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private void variant(XMLStreamWriter xml, String lang, String text, List<Annotation> annotations, String scope)
            throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        annotations(xml, annotations, scope, "        ");
        xml.writeCharacters("\n        ");
        xml.writeStartElement("seg");
        SegmentMarkup.write(xml, text);
        xml.writeEndElement();
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
    }

    private void annotations(XMLStreamWriter xml, List<Annotation> annotations, String scope, String indent)
            throws XMLStreamException {
        for (Annotation a : annotations) {
            if (!a.scope().equals(scope)) {
                continue;
            }
            xml.writeCharacters("\n" + indent);
            xml.writeStartElement(a.kind());
            if ("prop".equals(a.kind())) {
                // The DTD requires a type; props typed through the API may have none.
                xml.writeAttribute("type", a.type() == null ? "x-dragoman" : a.type());
            }
            if (a.lang() != null) {
                xml.writeAttribute("xml", XML_NS, "lang", a.lang());
            }
            xml.writeCharacters(XmlChars.clean(a.value()));
            xml.writeEndElement();
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, XmlChars.clean(value));
        }
    }
}
