package io.dragoman.xliff;

import io.dragoman.core.FormatException;
import io.dragoman.core.SafeXml;
import io.dragoman.text.LanguageTag;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the segments of an XLIFF 1.2 or 2.0 file and where their parts are, without changing
 * anything: the pre-translator edits the original text at these offsets, so every byte it does
 * not own stays as it was. Alternatives already in the file ({@code alt-trans}, modules of other
 * namespaces), notes and original data are stepped over. A {@link TagCursor} places each tag.
 */
final class XliffScanner {
    private final XMLStreamReader xml;
    private final TagCursor cursor;
    private final String fileName;
    private final List<XliffFileInfo> files = new ArrayList<>();
    private final List<XliffSegment> segments = new ArrayList<>();
    private final List<Integer> unitInsertAt = new ArrayList<>();
    private final Set<Integer> unitsWithMatches = new HashSet<>();
    private XliffVersion version;
    private String prefix;
    private String sourceLang;
    private String targetLang;

    private XliffScanner(XMLStreamReader xml, String text, String fileName) {
        this.xml = xml;
        this.cursor = new TagCursor(xml, text);
        this.fileName = fileName;
    }

    /** @throws FormatException with line and column for anything that is not XLIFF 1.2 or 2.0 */
    static XliffDocument scan(String text, String fileName) {
        try {
            XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(new StringReader(text));
            XliffScanner scanner = new XliffScanner(xml, text, fileName);
            scanner.document();
            return new XliffDocument(scanner.version, scanner.prefix, text, scanner.files, scanner.segments,
                    scanner.unitInsertAt, scanner.unitsWithMatches);
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(fileName, e);
        }
    }

    private void document() throws XMLStreamException {
        while (cursor.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
        }
        if (!xml.getLocalName().equals("xliff")) {
            throw error("not an XLIFF file: the root element is <" + xml.getLocalName() + ">, not <xliff>");
        }
        String declared = xml.getAttributeValue(null, "version");
        version = switch (declared == null ? "" : declared) {
            case "1.2" -> XliffVersion.V1_2;
            case "2.0", "2.1" -> XliffVersion.V2_0;
            default -> throw error("XLIFF version '" + declared + "' is not supported; Dragoman reads 1.2 and 2.0");
        };
        if (!version.namespace.equals(xml.getNamespaceURI())) {
            throw error("XLIFF " + declared + " elements must be in the namespace " + version.namespace);
        }
        prefix = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? "" : xml.getPrefix() + ":";
        if (version == XliffVersion.V2_0) {
            sourceLang = language("srcLang");
            targetLang = language("trgLang");
        }
        while (xml.hasNext()) {
            if (cursor.next() == XMLStreamConstants.START_ELEMENT) {
                element();
            }
        }
    }

    private void element() throws XMLStreamException {
        String name = xml.getLocalName();
        if (!version.namespace.equals(xml.getNamespaceURI()) || name.equals("alt-trans") || name.equals("notes")
                || name.equals("originalData") || name.equals("ignorable") || name.equals("header")) {
            skip();
        } else if (name.equals("file")) {
            file();
        } else if (name.equals("trans-unit")) {
            transUnit();
        } else if (name.equals("unit")) {
            unit();
        }
    }

    private void file() throws XMLStreamException {
        String name = xml.getAttributeValue(null, "original");
        if (name == null) {
            name = xml.getAttributeValue(null, "id");
        }
        if (version == XliffVersion.V1_2) {
            sourceLang = language("source-language");
            targetLang = language("target-language");
        }
        files.add(new XliffFileInfo(name == null ? "file " + (files.size() + 1) : name, sourceLang, targetLang));
    }

    private String language(String attribute) throws XMLStreamException {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || !LanguageTag.isValid(value)) {
            throw error(value == null ? "<" + xml.getLocalName() + "> has no " + attribute
                    : attribute + " '" + value + "' is not a language tag");
        }
        return LanguageTag.of(value).tag();
    }

    /** XLIFF 1.2: one trans-unit is one segment. */
    private void transUnit() throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        String id = xml.getAttributeValue(null, "id");
        boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
        SegmentParts parts = new SegmentParts(new LinkedHashSet<>());
        // Extensions of other namespaces close a trans-unit: alternatives go before them.
        int extensionsStart = -1;
        while (cursor.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                if (version.namespace.equals(xml.getNamespaceURI())) {
                    extensionsStart = -1;
                } else if (extensionsStart < 0) {
                    extensionsStart = cursor.tagStart();
                }
                if (!parts.read(cursor, version)) {
                    skip();
                }
            }
        }
        String broken = parts.broken != null ? parts.broken : parts.open.isEmpty() ? null
                : "<bpt id=\"" + parts.open.iterator().next() + "\"> is never closed";
        if (broken != null) {
            throw new FormatException(fileName, line, column, "trans-unit '" + id + "': broken inline codes: " + broken);
        }
        unitInsertAt.add(extensionsStart >= 0 ? extensionsStart : cursor.tagStart());
        if (!translate) {
            return;
        }
        segments.add(new XliffSegment(files.size() - 1, id, unitInsertAt.size() - 1, parts.source,
                parts.codes || parts.segmented, parts.targetEmpty,
                parts.targetStart, parts.targetTagEnd, parts.targetEnd, parts.afterSource, -1, -1));
    }

    /** XLIFF 2.0: a unit holds segments; a paired code may open in one and close in another. */
    private void unit() throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        String unitId = xml.getAttributeValue(null, "id");
        boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
        unitInsertAt.add(cursor.tagEnd());
        Set<String> open = new LinkedHashSet<>();
        while (cursor.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("segment") && version.namespace.equals(xml.getNamespaceURI())) {
                segment(open, translate, unitId);
            } else if (xml.getLocalName().equals("matches") && TargetMarkup.MATCHES_NS.equals(xml.getNamespaceURI())) {
                existingMatches();
            } else {
                skip();
            }
        }
        if (!open.isEmpty()) {
            throw new FormatException(fileName, line, column, "unit '" + unitId + "': broken inline codes: <sc id=\""
                    + open.iterator().next() + "\"> is never closed");
        }
    }

    /**
     * A unit holds one matches element at most (readers such as Okapi's keep only one): Dragoman's
     * matches go into the one already there, before its end tag.
     */
    private void existingMatches() throws XMLStreamException {
        int startTag = cursor.tagStart();
        skip();
        if (cursor.tagStart() != startTag) {
            int unit = unitInsertAt.size() - 1;
            unitInsertAt.set(unit, cursor.tagStart());
            unitsWithMatches.add(unit);
        }
    }

    private void segment(Set<String> open, boolean translate, String unitId) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        int tagEnd = cursor.tagEnd();
        int tagStart = cursor.tagStart();
        String id = xml.getAttributeValue(null, "id");
        SegmentParts parts = new SegmentParts(open);
        while (cursor.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && !parts.read(cursor, version)) {
                skip();
            }
        }
        if (parts.broken != null) {
            throw new FormatException(fileName, line, column, "unit '" + unitId + "': broken inline codes: " + parts.broken);
        }
        if (!translate) {
            return;
        }
        segments.add(new XliffSegment(files.size() - 1, id, unitInsertAt.size() - 1, parts.source, parts.codes,
                parts.targetEmpty, parts.targetStart, parts.targetTagEnd, parts.targetEnd, parts.afterSource, tagStart, tagEnd));
    }

    /** Steps over the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = cursor.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private FormatException error(String message) {
        Location at = xml.getLocation();
        return new FormatException(fileName, at.getLineNumber(), at.getColumnNumber(), message);
    }
}
