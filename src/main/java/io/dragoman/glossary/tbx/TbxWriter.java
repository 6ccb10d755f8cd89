package io.dragoman.glossary.tbx;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermStatus;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TBX in the TBX-Basic dialect, v3 (ISO 30042:2019, DCA style) or v2 (ISO 30042:2008,
 * {@code martif}): one concept entry per concept with subjectField, definition (when its language
 * is unknown), source and note; one language section per language holding the definition when it
 * is in that language; one term section per term with partOfSpeech, administrativeStatus,
 * termType and grammaticalGender term notes, then context and note, the order TBX-Basic 2008's DTD
 * demands. A term's variants follow it as term sections of term type "variant" sharing its status
 * and part of speech, which {@link TbxReader} folds back into the term. Output is deterministic
 * (no timestamps), so two exports of the same termbase are byte-identical.
 *
 * <p>TBX-Basic 2008 has four statuses (preferred, admitted, deprecated, superseded) and no
 * "forbidden". In v2 a forbidden term is written {@code deprecatedTerm-admn-sts}, so every
 * TBX-Basic tool keeps translators away from it, followed by the note
 * {@value TbxEntry#FORBIDDEN_NOTE}, which a person reads and {@link TbxReader} turns back into
 * "forbidden". v3 writes {@code notRecommendedTerm-admn-sts}. No DOCTYPE is written: a reader
 * that validates would fetch the DTD from the network.
 */
public final class TbxWriter {
    static final String NS = TbxVersion.V3.namespace;
    private static final String SCHEMA =
            "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng";

    private final XMLStreamWriter xml;
    private final TbxVersion version;
    private final IndentedXml out;

    private TbxWriter(XMLStreamWriter xml, TbxVersion version) {
        this.xml = xml;
        this.version = version;
        this.out = new IndentedXml(xml, version.namespace);
    }

    public static void write(List<ConceptDraft> concepts, String description, TbxVersion version, OutputStream stream)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
        new TbxWriter(xml, version).document(concepts, description);
        xml.flush();
        xml.close();
    }

    private void document(List<ConceptDraft> concepts, String description) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        if (version == TbxVersion.V3) {
            xml.writeCharacters("\n");
            xml.writeProcessingInstruction("xml-model", "href=\"" + SCHEMA
                    + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
            xml.setDefaultNamespace(NS);
        }
        out.open(version.root);
        if (version == TbxVersion.V3) {
            xml.writeDefaultNamespace(NS);
        }
        out.attribute("type", "TBX-Basic");
        if (version == TbxVersion.V3) {
            out.attribute("style", "dca");
        }
        out.lang("en");
        out.open(version.header);
        out.open("fileDesc");
        out.open("sourceDesc");
        out.leaf("p", null, description);
        out.close();
        out.close();
        if (version == TbxVersion.V2) {
            out.open("encodingDesc");
            out.leaf("p", "XCSURI", "TBXBasicXCSV02.xcs");
            out.close();
        }
        out.close();
        out.open("text");
        out.open("body");
        for (ConceptDraft concept : concepts) {
            concept(concept);
        }
        out.close();
        out.close();
        out.close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void concept(ConceptDraft concept) throws XMLStreamException {
        out.open(version.entry);
        if (concept.externalId() != null) {
            out.attribute("id", concept.externalId());
        }
        out.leaf("descrip", "subjectField", concept.subject());
        if (concept.definitionLang() == null) {
            out.leaf("descrip", "definition", concept.definition());
        }
        out.leaf("admin", "source", concept.source());
        out.leaf("note", null, concept.note());
        for (Map.Entry<String, List<TermDraft>> section : byLanguage(concept).entrySet()) {
            out.open(version.language);
            out.lang(section.getKey());
            if (section.getKey().equals(concept.definitionLang())) {
                out.leaf("descrip", "definition", concept.definition());
            }
            for (TermDraft term : section.getValue()) {
                term(term);
            }
            out.close();
        }
        out.close();
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
        out.leaf("termNote", "grammaticalGender", term.gender());
        out.leaf("descrip", "context", term.context());
        forbiddenNote(term);
        out.leaf("note", null, term.note());
        out.close();
        for (String variant : term.variants()) {
            termSection(variant, term, TbxEntry.VARIANT);
            forbiddenNote(term);
            out.close();
        }
    }

    private void termSection(String text, TermDraft term, String termType) throws XMLStreamException {
        out.open(version.term);
        out.leaf("term", null, text);
        out.leaf("termNote", "partOfSpeech", term.partOfSpeech());
        out.leaf("termNote", "administrativeStatus", status(term.status()));
        out.leaf("termNote", "termType", termType);
    }

    private String status(TermStatus status) {
        return (version == TbxVersion.V2 && status == TermStatus.FORBIDDEN ? TermStatus.DEPRECATED : status).tbxCode();
    }

    private void forbiddenNote(TermDraft term) throws XMLStreamException {
        if (version == TbxVersion.V2 && term.status() == TermStatus.FORBIDDEN) {
            out.leaf("note", null, TbxEntry.FORBIDDEN_NOTE);
        }
    }
}
