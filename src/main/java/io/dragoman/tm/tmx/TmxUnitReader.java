package io.dragoman.tm.tmx;

import io.dragoman.tm.Annotation;
import io.dragoman.text.LanguageTag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code tu}, collecting what is wrong with it instead of failing. */
final class TmxUnitReader {
    private final XMLStreamReader xml;
    private final Map<String, Optional<LanguageTag>> languages;
    private final List<TmxIssue> issues = new ArrayList<>();

    /** {@code languages} caches parsed codes across the units of a file: a file uses a handful. */
    TmxUnitReader(XMLStreamReader xml, Map<String, Optional<LanguageTag>> languages) {
        this.xml = xml;
        this.languages = languages;
    }

    TmxUnit read() throws XMLStreamException {
        Location at = xml.getLocation();
        String tuid = xml.getAttributeValue(null, "tuid");
        String srclang = xml.getAttributeValue(null, "srclang");
        TmxDetails details = details();
        List<Annotation> annotations = new ArrayList<>();
        List<TmxVariant> variants = new ArrayList<>();
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "note", "prop" -> annotations.add(annotation(name));
                case "tuv" -> variants.add(variant());
                default -> {
                    issue(xml.getLocation(), "unexpected <" + name + "> in <tu>; expected <note>, <prop> or <tuv>");
                    TmxReader.skipElement(xml);
                }
            }
        }
        return new TmxUnit(at.getLineNumber(), at.getColumnNumber(), tuid, srclang, details,
                annotations, variants, issues);
    }

    private TmxVariant variant() throws XMLStreamException {
        Location at = xml.getLocation();
        String code = lang();
        LanguageTag lang = null;
        if (code == null) {
            issue(at, "<tuv> has no xml:lang");
        } else {
            lang = languages.computeIfAbsent(code,
                    c -> LanguageTag.isValid(c) ? Optional.of(LanguageTag.of(c)) : Optional.empty()).orElse(null);
            if (lang == null) {
                issue(at, "'" + code + "' is not a language code");
            }
        }
        TmxDetails details = details();
        List<Annotation> annotations = new ArrayList<>();
        SegmentReader.Segment segment = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "note", "prop" -> annotations.add(annotation(name));
                case "seg" -> segment = SegmentReader.read(xml, issues);
                default -> {
                    issue(xml.getLocation(), "unexpected <" + name + "> in <tuv>; expected <note>, <prop> or <seg>");
                    TmxReader.skipElement(xml);
                }
            }
        }
        if (segment == null) {
            issue(at, "<tuv> has no <seg>");
            segment = new SegmentReader.Segment("", false);
        }
        return new TmxVariant(lang, segment.text(), segment.markup(), annotations, details,
                at.getLineNumber(), at.getColumnNumber());
    }

    private Annotation annotation(String kind) throws XMLStreamException {
        String type = "prop".equals(kind) ? xml.getAttributeValue(null, "type") : null;
        String lang = lang();
        return new Annotation("tu", kind, type, lang, xml.getElementText());
    }

    /** {@code xml:lang}, or TMX 1.1's {@code lang}. */
    private String lang() {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return lang != null ? lang : xml.getAttributeValue(null, "lang");
    }

    private TmxDetails details() {
        String usage = xml.getAttributeValue(null, "usagecount");
        Integer usageCount = null;
        if (usage != null) {
            try {
                usageCount = Integer.parseInt(usage.strip());
            } catch (NumberFormatException e) {
                issue(xml.getLocation(), "usagecount '" + usage + "' is not a number");
            }
        }
        return new TmxDetails(date("creationdate"), xml.getAttributeValue(null, "creationid"),
                date("changedate"), xml.getAttributeValue(null, "changeid"), usageCount, date("lastusagedate"));
    }

    private OffsetDateTime date(String attribute) {
        try {
            return TmxDates.parse(xml.getAttributeValue(null, attribute));
        } catch (IllegalArgumentException e) {
            issue(xml.getLocation(), attribute + " " + e.getMessage());
            return null;
        }
    }

    /** Moves to the next child start tag; false at the parent's end tag. */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    private void issue(Location at, String message) {
        issues.add(new TmxIssue(at.getLineNumber(), at.getColumnNumber(), message));
    }
}
