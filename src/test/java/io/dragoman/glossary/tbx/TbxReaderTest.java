package io.dragoman.glossary.tbx;

import static io.dragoman.glossary.TermStatus.ADMITTED;
import static io.dragoman.glossary.TermStatus.DEPRECATED;
import static io.dragoman.glossary.TermStatus.FORBIDDEN;
import static io.dragoman.glossary.TermStatus.PREFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.FormatException;
import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.ParsedGlossary;
import io.dragoman.glossary.TermDraft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TbxReaderTest {
    static ParsedGlossary fixture(String name) {
        InputStream in = TbxReaderTest.class.getResourceAsStream("/glossary/" + name);
        return TbxReader.read(in, name);
    }

    static ParsedGlossary parse(String xml) {
        return TbxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline.tbx");
    }

    @Test
    void readsTbxV2WithTigNtigNormativeAuthorizationAndGroups() {
        ParsedGlossary parsed = fixture("tbx-v2.tbx");
        assertEquals(2, parsed.concepts().size());
        assertEquals(List.of(13L, 61L), parsed.lines());
        ConceptDraft air = parsed.concepts().get(0);
        assertEquals(new ConceptDraft("v2-air-defenses", "military",
                "Weapons and systems that protect against attack from the air.", "en",
                "Plural in both languages in news copy.", "Dragoman seed article", List.of(
                new TermDraft("en", "air defenses", PREFERRED, "noun", "fullForm", null,
                        "Israel asked for more air defenses.", "US spelling.", List.of()),
                new TermDraft("en", "air defences", DEPRECATED, "noun", null, null, null, "British spelling.", List.of()),
                new TermDraft("ar", "الدفاعات الجوية", PREFERRED, "noun", null, "feminine",
                        "طلبت إسرائيل المزيد من الدفاعات الجوية.", null, List.of("دفاعات جوية")))), air);
        ConceptDraft pentagon = parsed.concepts().get(1);
        assertEquals(List.of(
                new TermDraft("ar", "البنتاجون", PREFERRED, "properNoun", null, null, null, null, List.of()),
                new TermDraft("ar", "وزارة الحرب", DEPRECATED, null, null, null, null, null, List.of()),
                new TermDraft("en", "Pentagon", ADMITTED, "properNoun", null, null, null, null, List.of())),
                pentagon.terms());
        List<String> warnings = parsed.warnings().stream().map(w -> w.message()).toList();
        assertTrue(warnings.contains("transaction data (transacGrp) is not kept"), warnings.toString());
        assertTrue(warnings.contains("language-level source is not kept"), warnings.toString());
    }

    @Test
    void readsTbxV3DcaWithEveryDataCategory() {
        ConceptDraft concept = fixture("tbx-v3-dca.tbx").concepts().get(0);
        assertEquals(new ConceptDraft("dca-peacekeeping-force", "military",
                "Armed force deployed under an international mandate to keep the peace.", "en-US",
                "Not a national army.", "UN glossary", List.of(
                new TermDraft("ar", "قوة حفظ السلام", PREFERRED, "noun", "fullForm", "feminine",
                        "تشرع واشنطن في بدء محادثات لتمويل قوة حفظ السلام في غزة.",
                        "بدون أداة التعريف في أول الكلام.", List.of("قوات حفظ السلام")),
                new TermDraft("en-US", "peacekeeping force", PREFERRED, "noun", null, null, null, null, List.of()),
                new TermDraft("en-US", "peace-keeping troops", DEPRECATED, "noun", null, null, null,
                        "Dated hyphenation.", List.of()),
                new TermDraft("en-US", "Zionist entity", FORBIDDEN, null, null, null, null, null, List.of()))), concept);
    }

    @Test
    void readsTbxV3DctElementsLikeTheirDcaEquivalents() {
        ParsedGlossary parsed = fixture("tbx-v3-dct.tbx");
        assertEquals(List.of(), parsed.warnings());
        assertEquals(new ConceptDraft("dct-joint-chiefs", "military",
                "الهيئة التي تضم كبار قادة القوات المسلحة الأمريكية.", "ar",
                "US body; other countries have a general staff.", "Defense Writers Group transcript", List.of(
                new TermDraft("en", "Joint Chiefs of Staff", PREFERRED, "properNoun", "fullForm", "other",
                        "Gen. Charles Q. Brown, chairman of the Joint Chiefs of Staff, said…", "Capitalised.", List.of()),
                new TermDraft("en", "JCS", ADMITTED, "properNoun", "acronym", null, null, null, List.of()),
                new TermDraft("ar", "هيئة الأركان المشتركة", PREFERRED, "properNoun", null, "feminine", null, null,
                        List.of("هيئة الأركان الأمريكية المشتركة")))), parsed.concepts().get(0));
    }

    @Test
    void malformedXmlFailsWithLineAndColumn() {
        FormatException e = assertThrows(FormatException.class, () -> fixture("malformed.tbx"));
        assertEquals("malformed.tbx", e.file());
        assertEquals(11, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
        assertTrue(e.getMessage().contains("term"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        FormatException e = assertThrows(FormatException.class, () -> fixture("xxe.tbx"));
        assertTrue(e.line() > 0);
        assertTrue(!e.getMessage().contains("root:"), "the file's content leaked into the message");
    }

    @Test
    void rejectsAnUnknownStatusAtItsLine() {
        FormatException e = assertThrows(FormatException.class, () -> parse("""
                <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c">
                <langSec xml:lang="en"><termSec><term>x</term>
                <termNote type="administrativeStatus">sometimes</termNote>
                </termSec></langSec></conceptEntry></body></text></tbx>"""));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown term status 'sometimes'"), e.getMessage());
    }

    @Test
    void rejectsBadLanguageMissingTermDuplicateIdAndWrongRoot() {
        String entry = "<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"%s\"><termSec>%s</termSec></langSec>"
                + "</conceptEntry>%s</body></text></tbx>";
        assertTrue(assertThrows(FormatException.class, () -> parse(entry.formatted("1x!", "<term>t</term>", "")))
                .getMessage().contains("not a language tag"));
        assertTrue(assertThrows(FormatException.class, () -> parse(entry.formatted("en", "<note>n</note>", "")))
                .getMessage().contains("no <term> text"));
        String twice = "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>u</term></termSec></langSec></conceptEntry>";
        assertTrue(assertThrows(FormatException.class, () -> parse(entry.formatted("en", "<term>t</term>", twice)))
                .getMessage().contains("'a' appears twice"));
        assertTrue(assertThrows(FormatException.class, () -> parse("<tmx version=\"1.4\"/>"))
                .getMessage().contains("expected a <tbx>"));
    }

    @ParameterizedTest
    @EnumSource(TbxVersion.class)
    void writtenTbxReadsBackConceptByConcept(TbxVersion version) throws Exception {
        List<ConceptDraft> original = fixture("tbx-v3-dca.tbx").concepts();
        List<ConceptDraft> more = fixture("tbx-v2.tbx").concepts();
        List<ConceptDraft> all = new java.util.ArrayList<>(original);
        all.addAll(more);
        all.add(new ConceptDraft(null, null, "A definition of unknown language.", null, null, null,
                List.of(TermDraft.of("ar", "غزة", PREFERRED))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(all, "test", version, out);
        ParsedGlossary back = TbxReader.read(new ByteArrayInputStream(out.toByteArray()), "back.tbx");
        assertEquals(List.of(), back.warnings());
        assertEquals(all.size(), back.concepts().size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(byLanguage(all.get(i)), byLanguage(back.concepts().get(i)));
        }
    }

    /** TBX groups terms by language, so the order across languages may change; within one it may not. */
    static ConceptDraft byLanguage(ConceptDraft c) {
        List<String> langs = c.terms().stream().map(TermDraft::lang).distinct().toList();
        List<TermDraft> sorted = c.terms().stream()
                .sorted(java.util.Comparator.comparingInt(t -> langs.indexOf(t.lang()))).toList();
        return new ConceptDraft(c.externalId(), c.subject(), c.definition(), c.definitionLang(), c.note(), c.source(), sorted);
    }

    @Test
    void doctypeWithAControlCharacterIsAFormatErrorWithItsPlace() {
        // Found by GlossaryFuzzTest: the JDK's parser threw MissingResourceException (a 500) for it.
        FormatException e = assertThrows(FormatException.class,
                () -> parse("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\u0001]>\n<tbx/>"));
        assertEquals(2, e.line());
    }
}
