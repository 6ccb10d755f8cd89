package io.dragoman.glossary;

import static io.dragoman.glossary.TermStatus.ADMITTED;
import static io.dragoman.glossary.TermStatus.DEPRECATED;
import static io.dragoman.glossary.TermStatus.FORBIDDEN;
import static io.dragoman.glossary.TermStatus.PREFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTableTest {
    static final String CONCEPT_NOTE = "وزارة الدفاع → Department of Defense for the US, Ministry of Defense for Israel.";

    static ParsedGlossary fixture(String name, GlossaryFormat format) {
        return GlossaryExchange.parse(GlossaryTableTest.class.getResourceAsStream("/glossary/" + name), format, name);
    }

    static ParsedGlossary csv(String text) {
        return GlossaryTable.read(new StringReader(text), ',', "inline.csv");
    }

    static final ConceptDraft MINISTRY = new ConceptDraft("csv-ministry-of-defense", "government",
            "Ministry responsible for the armed forces, defense policy and procurement.", "en", CONCEPT_NOTE,
            "Dragoman seed glossary", List.of(
            new TermDraft("ar", "وزارة الدفاع", PREFERRED, "properNoun", "fullForm", "feminine",
                    "قال وزير الدفاع الإسرائيلي، يوآف جالانت، إن \"وزارة الدفاع\" ستتولى الأمر.",
                    "ملاحظة من سطرين:\nالسطر الثاني", List.of("وزارات الدفاع")),
            new TermDraft("en", "Department of Defense", PREFERRED, "properNoun", "fullForm", null,
                    "Lloyd Austin, the Secretary of Defense, said…", "For the United States.",
                    List.of("DoD", "Defense Department")),
            new TermDraft("en", "Defence Ministry", DEPRECATED, "properNoun", null, null, null, "British spelling.",
                    List.of("Ministry of Defence")),
            new TermDraft("en", "Ministry of War", FORBIDDEN, "properNoun", null, null, null, null, List.of())));

    @Test
    void readsEveryFieldFromCsvWithBomQuotesCommasNewlinesAndArabic() {
        ParsedGlossary parsed = fixture("every-field.csv", GlossaryFormat.CSV);
        assertEquals(List.of(MINISTRY), parsed.concepts());
        assertEquals(List.of(2L), parsed.lines());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void readsOneRowPerConceptWithLanguageColumns() {
        ParsedGlossary parsed = fixture("per-concept.csv", GlossaryFormat.CSV);
        assertEquals(List.of(
                new ConceptDraft("pc-security-assistance", null, null, null, "Aid, training and arms sales", null, List.of(
                        new TermDraft("ar", "المساعدة الأمنية", null, "noun", null, null, null, null,
                                List.of("المساعدات الأمنية", "مساعدة أمنية")),
                        new TermDraft("en", "security assistance", PREFERRED, "noun", null, null, null, null, List.of()))),
                new ConceptDraft("pc-interim-governance", null, null, null, null, null, List.of(
                        new TermDraft("ar", "الحكم المؤقت", null, "noun", null, null, null, null, List.of()),
                        new TermDraft("en", "interim governance", ADMITTED, "noun", null, null, null, null, List.of())))),
                parsed.concepts());
    }

    @Test
    void writtenCsvAndTsvReadBackIdentically() throws Exception {
        for (GlossaryFormat format : List.of(GlossaryFormat.CSV, GlossaryFormat.TSV)) {
            StringWriter out = new StringWriter();
            GlossaryTable.write(List.of(MINISTRY), out, format.delimiter());
            ParsedGlossary back = GlossaryTable.read(new StringReader(out.toString()), format.delimiter(), "back");
            assertEquals(List.of(MINISTRY), back.concepts(), format.name());
        }
    }

    @Test
    void readsTabSeparatedWithoutBomAndCrLf() {
        String tsv = "concept_id\tlang\tterm\tstatus\r\ngaza\tar\tغزة\tpreferred\r\ngaza\ten\tGaza\t\r\n";
        ParsedGlossary parsed = GlossaryExchange.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                GlossaryFormat.TSV, "g.tsv");
        assertEquals(List.of(new ConceptDraft("gaza", null, null, null, null, null, List.of(
                TermDraft.of("ar", "غزة", PREFERRED), TermDraft.of("en", "Gaza", ADMITTED)))), parsed.concepts());
    }

    @Test
    void reportsUnknownColumnsAsWarnings() {
        ParsedGlossary parsed = csv("concept_id,lang,term,colour\nx,en,term,red\n");
        assertEquals(List.of(new ImportWarning(1, 22, "column 'colour' is not a glossary column; it was ignored")),
                parsed.warnings());
    }

    @Test
    void errorsNameLineAndColumn() {
        FormatException status = assertThrows(FormatException.class,
                () -> csv("concept_id,lang,term,status\nx,en,peace,\"sometimes\"\n"));
        assertEquals(2, status.line());
        assertEquals(12, status.column());
        FormatException lang = assertThrows(FormatException.class, () -> csv("concept_id,lang,term\nx,english!,peace\n"));
        assertEquals(2, lang.line());
        assertEquals(3, lang.column());
        FormatException cells = assertThrows(FormatException.class,
                () -> csv("concept_id,lang,term\nx,en,peace\ny,en,peace, war\n"));
        assertEquals(3, cells.line());
        FormatException unclosed = assertThrows(FormatException.class, () -> csv("concept_id,lang,term\nx,en,\"peace\n"));
        assertEquals(2, unclosed.line());
        assertTrue(unclosed.getMessage().contains("not closed"));
        FormatException conflict = assertThrows(FormatException.class,
                () -> csv("concept_id,subject,lang,term\nx,military,en,a\nx,politics,en,b\n"));
        assertEquals(3, conflict.line());
        FormatException header = assertThrows(FormatException.class, () -> csv("term,status\npeace,preferred\n"));
        assertTrue(header.getMessage().contains("no 'concept_id' column"), header.getMessage());
        assertThrows(FormatException.class, () -> csv(""));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = {'c', 'o', 'n', 'c', 'e', 'p', 't', '_', 'i', 'd', ',', 'l', 'a', 'n', 'g', ',', 't', 'e', 'r', 'm',
            '\n', 'x', ',', 'a', 'r', ',', (byte) 0xD9};
        FormatException e = assertThrows(FormatException.class,
                () -> GlossaryExchange.parse(new ByteArrayInputStream(bytes), GlossaryFormat.CSV, "bad.csv"));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void csvExportStartsWithBomAndUsesCrLf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        GlossaryTable.write(List.of(MINISTRY), writer, ',');
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("concept_id,subject,"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("term_note\r\n"));
    }
}
