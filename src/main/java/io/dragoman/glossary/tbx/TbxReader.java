package io.dragoman.glossary.tbx;

import io.dragoman.core.FormatException;
import io.dragoman.core.SafeXml;
import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.ImportWarning;
import io.dragoman.glossary.ParsedGlossary;
import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermStatus;
import io.dragoman.glossary.tbx.TbxEntry.TermBuilder;
import io.dragoman.text.LanguageTag;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming reader for TBX: v2 (ISO 30042:2008, {@code martif/termEntry/langSet/tig|ntig}) and
 * v3 (ISO 30042:2019, {@code tbx/conceptEntry/langSec/termSec}) in both the DCA style
 * ({@code <termNote type="partOfSpeech">}) and the DCT style ({@code <basic:partOfSpeech>}).
 * Data categories kept: subjectField, definition, note, source (concept); partOfSpeech,
 * administrativeStatus or normativeAuthorization, termType, grammaticalGender, context, note
 * (term). Anything else is reported as a warning. DTDs and external entities are never loaded.
 */
public final class TbxReader {
    private static final Set<String> TYPED = Set.of("termNote", "descrip", "admin", "ref", "xref",
            "transac", "transacNote", "adminNote", "descripNote");
    private static final Set<String> SKIPPED = Set.of("martifHeader", "tbxHeader", "back");

    private final XMLStreamReader xml;
    private final String fileName;
    private final List<ConceptDraft> concepts = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, long[]> ignored = new LinkedHashMap<>();

    private TbxReader(XMLStreamReader xml, String fileName) {
        this.xml = xml;
        this.fileName = fileName;
    }

    /** @throws FormatException with line and column when the file is not well-formed TBX */
    public static ParsedGlossary read(InputStream in, String fileName) {
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return new TbxReader(xml, fileName).document();
            } catch (MissingResourceException e) {
                throw SafeXml.doctypeError(fileName, xml, e);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(fileName, e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = SafeXml.inputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private ParsedGlossary document() throws XMLStreamException {
        // Not nextTag(): it rejects the DOCTYPE that TBX v2 files usually carry.
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
        }
        String root = xml.getLocalName();
        if (!root.equals("tbx") && !root.equals("martif")) {
            throw error("expected a <tbx> (TBX v3) or <martif> (TBX v2) root element, found <" + root + ">");
        }
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (name.equals("conceptEntry") || name.equals("termEntry")) {
                concept();
            } else if (SKIPPED.contains(name)) {
                text();
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        ignored.forEach((what, where) -> warnings.add(new ImportWarning(where[0], where[1],
                what + " is not kept" + (where[2] > 1 ? " (" + where[2] + " times)" : ""))));
        return new ParsedGlossary(concepts, lines, warnings);
    }

    private void concept() throws XMLStreamException {
        Location at = xml.getLocation();
        String id = xml.getAttributeValue(null, "id");
        if (id != null && !ids.add(id.strip())) {
            throw error("concept id '" + id + "' appears twice");
        }
        TbxEntry entry = new TbxEntry(id == null || id.isBlank() ? null : id.strip());
        children(name -> {
            if (name.equals("langSet") || name.equals("langSec")) {
                langSection(entry);
            } else {
                conceptData(entry, category(), text());
            }
        });
        if (entry.terms.isEmpty()) {
            throw new FormatException(fileName, at.getLineNumber(), at.getColumnNumber(),
                    "the concept entry" + (id == null ? "" : " '" + id + "'") + " has no term");
        }
        concepts.add(entry.toDraft());
        lines.add((long) at.getLineNumber());
    }

    private void conceptData(TbxEntry entry, String category, String value) {
        switch (category) {
            case "subjectField" -> entry.subject = entry.subject == null ? value : entry.subject + "; " + value;
            case "definition" -> keepDefinition(entry, value, null);
            case "note" -> entry.note = TbxEntry.append(entry.note, value);
            case "source" -> entry.source = TbxEntry.append(entry.source, value);
            default -> ignore("concept-level " + category);
        }
    }

    private void langSection(TbxEntry entry) throws XMLStreamException {
        String raw = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (raw == null) {
            raw = xml.getAttributeValue(null, "lang");
        }
        if (raw == null || !LanguageTag.isValid(raw)) {
            throw error(raw == null ? "the language section has no xml:lang" : "'" + raw + "' is not a language tag");
        }
        String lang = LanguageTag.of(raw).tag();
        int first = entry.terms.size();
        children(name -> {
            if (name.equals("tig") || name.equals("ntig") || name.equals("termSec")) {
                addTerm(entry, term(lang), first);
            } else {
                String category = category();
                String value = text();
                if (category.equals("definition")) {
                    keepDefinition(entry, value, lang);
                } else {
                    ignore("language-level " + category);
                }
            }
        });
    }

    private void keepDefinition(TbxEntry entry, String value, String lang) {
        if (entry.definition != null) {
            ignore("a second definition");
            return;
        }
        entry.definition = value;
        entry.definitionLang = lang;
    }

    private void addTerm(TbxEntry entry, TermBuilder term, int firstOfSection) {
        int last = entry.terms.size() - 1;
        if (last >= firstOfSection && term.isVariantOf(entry.terms.get(last))) {
            TermDraft main = entry.terms.get(last);
            List<String> variants = new ArrayList<>(main.variants());
            variants.add(term.text);
            entry.terms.set(last, new TermDraft(main.lang(), main.text(), main.status(), main.partOfSpeech(),
                    main.termType(), main.gender(), main.context(), main.note(), variants));
        } else {
            entry.terms.add(term.toDraft());
        }
    }

    private TermBuilder term(String lang) throws XMLStreamException {
        Location at = xml.getLocation();
        TermBuilder term = new TermBuilder(lang);
        termChildren(term);
        if (term.text == null || term.text.isEmpty()) {
            throw new FormatException(fileName, at.getLineNumber(), at.getColumnNumber(), "the term section has no <term> text");
        }
        return term;
    }

    private void termChildren(TermBuilder term) throws XMLStreamException {
        children(name -> {
            if (name.equals("termGrp")) {
                termChildren(term);
            } else if (name.equals("term")) {
                term.text = text();
            } else {
                String category = category();
                Location at = xml.getLocation();
                termData(term, category, text(), at);
            }
        });
    }

    private void termData(TermBuilder term, String category, String value, Location at) {
        switch (category) {
            case "partOfSpeech" -> term.partOfSpeech = value;
            case "administrativeStatus", "normativeAuthorization" -> term.status = status(value, at);
            case "termType" -> term.termType = value;
            case "grammaticalGender" -> term.gender = value;
            case "context" -> term.context = TbxEntry.append(term.context, value);
            case "note" -> {
                if (value.equals(TbxEntry.FORBIDDEN_NOTE)) {
                    term.forbiddenNoted = true;
                } else {
                    term.note = TbxEntry.append(term.note, value);
                }
            }
            default -> ignore("term-level " + category);
        }
    }

    private TermStatus status(String value, Location at) {
        try {
            return TermStatus.parse(value);
        } catch (IllegalArgumentException e) {
            throw new FormatException(fileName, at.getLineNumber(), at.getColumnNumber(), e.getMessage());
        }
    }

    /**
     * The data category of the current element: the {@code type} of a DCA element
     * ({@code <termNote type="partOfSpeech">}), else the element's own name, which is the DCT
     * style ({@code <basic:partOfSpeech>}) and also covers {@code <note>}.
     */
    private String category() {
        String name = xml.getLocalName();
        if (TYPED.contains(name)) {
            String type = xml.getAttributeValue(null, "type");
            return type == null ? name : type;
        }
        return name;
    }

    private void ignore(String what) {
        long[] where = ignored.computeIfAbsent(what, k -> new long[] {
            xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), 0});
        where[2]++;
    }

    private interface ChildHandler {
        void start(String localName) throws XMLStreamException;
    }

    /**
     * Calls {@code handler} for each child element of the current one; the handler consumes the
     * child up to its end tag. Groups ({@code descripGrp}, {@code adminGrp}, {@code termNoteGrp})
     * are looked through: their members count as children of the group's parent.
     */
    private void children(ChildHandler handler) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.endsWith("Grp") && !name.equals("termGrp") && !name.equals("transacGrp")) {
                    children(handler);
                } else if (name.equals("transacGrp")) {
                    text();
                    ignore("transaction data (transacGrp)");
                } else {
                    handler.start(name);
                }
            }
        }
    }

    /** The text content of the current element, inline markup dropped, up to its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                sb.append(xml.getText());
            }
        }
        return sb.toString().strip();
    }

    private FormatException error(String message) {
        Location at = xml.getLocation();
        return new FormatException(fileName, at.getLineNumber(), at.getColumnNumber(), message);
    }
}
