package io.dragoman.glossary.tbx;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.TermDraft;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style: one {@code conceptEntry}
 * per concept with subjectField, note and source; one {@code langSec} per language holding the
 * definition when it is in that language; one {@code termSec} per term with partOfSpeech,
 * administrativeStatus, termType, grammaticalGender, context and note. A term's variants follow
 * it as term sections of term type "variant" sharing its status and part of speech, which
 * {@link TbxReader} folds back into the term. Output is deterministic (no timestamps), so two
 * exports of the same termbase are byte-identical.
 */
public final class TbxWriter {
    static final String NS = "urn:iso:std:iso:30042:ed-2";
    private static final String SCHEMA =
            "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng";

    private final XMLStreamWriter xml;
    private int depth;

    private TbxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(List<ConceptDraft> concepts, String description, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        new TbxWriter(xml).document(concepts, description);
        xml.flush();
        xml.close();
    }

    private void document(List<ConceptDraft> concepts, String description) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeProcessingInstruction("xml-model", "href=\"" + SCHEMA
                + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
        xml.setDefaultNamespace(NS);
        open("tbx");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        open("tbxHeader");
        open("fileDesc");
        open("sourceDesc");
        leaf("p", null, description);
        close();
        close();
        close();
        open("text");
        open("body");
        for (ConceptDraft concept : concepts) {
            concept(concept);
        }
        close();
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void concept(ConceptDraft concept) throws XMLStreamException {
        open("conceptEntry");
        if (concept.externalId() != null) {
            xml.writeAttribute("id", concept.externalId());
        }
        leaf("descrip", "subjectField", concept.subject());
        if (concept.definitionLang() == null) {
            leaf("descrip", "definition", concept.definition());
        }
        leaf("admin", "source", concept.source());
        leaf("note", null, concept.note());
        for (Map.Entry<String, List<TermDraft>> section : byLanguage(concept).entrySet()) {
            open("langSec");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", section.getKey());
            if (section.getKey().equals(concept.definitionLang())) {
                leaf("descrip", "definition", concept.definition());
            }
            for (TermDraft term : section.getValue()) {
                term(term);
            }
            close();
        }
        close();
    }

    private static Map<String, List<TermDraft>> byLanguage(ConceptDraft concept) {
        Map<String, List<TermDraft>> sections = new LinkedHashMap<>();
        for (TermDraft term : concept.terms()) {
            sections.computeIfAbsent(term.lang(), k -> new ArrayList<>()).add(term);
        }
        if (concept.definitionLang() != null) {
            sections.putIfAbsent(concept.definitionLang(), List.of());
        }
        return sections;
    }

    private void term(TermDraft term) throws XMLStreamException {
        termSection(term.text(), term, term.termType());
        leaf("termNote", "grammaticalGender", term.gender());
        leaf("descrip", "context", term.context());
        leaf("note", null, term.note());
        close();
        for (String variant : term.variants()) {
            termSection(variant, term, TbxEntry.VARIANT);
            close();
        }
    }

    private void termSection(String text, TermDraft term, String termType) throws XMLStreamException {
        open("termSec");
        leaf("term", null, text);
        leaf("termNote", "partOfSpeech", term.partOfSpeech());
        leaf("termNote", "administrativeStatus", term.status().tbxCode());
        leaf("termNote", "termType", termType);
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(NS, name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    /** Writes {@code <name type="type">text</name>}; nothing when the text is null. */
    private void leaf(String name, String type, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        indent();
        xml.writeStartElement(NS, name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
