package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.ConceptService;
import io.dragoman.glossary.GlossaryExchange;
import io.dragoman.glossary.GlossaryFormat;
import io.dragoman.glossary.ParsedGlossary;
import io.dragoman.glossary.TermDraft;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@SuppressWarnings("unchecked")
class GlossaryExchangeResourceTest {
    @Inject
    ConceptService glossary;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = GlossaryExchangeResourceTest.class.getResourceAsStream("/glossary/" + name)) {
            return in.readAllBytes();
        }
    }

    static Map<String, Object> byExternalId(String externalId, String q) {
        List<Map<String, Object>> items = given().queryParam("q", q).queryParam("size", 100)
                .when().get("/api/glossary/concepts").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> externalId.equals(c.get("externalId"))).findFirst().orElseThrow();
    }

    @Test
    void importsTbxV2WithEveryFieldAndReportsWhatItLeftOut() throws IOException {
        given().contentType("application/x-tbx").body(fixture("tbx-v2.tbx")).queryParam("file", "tbx-v2.tbx")
                .when().post("/api/glossary/imports")
                .then().statusCode(200)
                .body("format", equalTo("tbx")).body("file", equalTo("tbx-v2.tbx")).body("dryRun", equalTo(false))
                .body("concepts", equalTo(2)).body("terms", equalTo(6)).body("created", equalTo(2))
                .body("warnings.message", hasItems("transaction data (transacGrp) is not kept",
                        "language-level source is not kept"));
        Map<String, Object> air = byExternalId("v2-air-defenses", "الدفاعات الجوية");
        assertEquals("military", air.get("subject"));
        assertEquals("en", air.get("definitionLang"));
        assertEquals("Dragoman seed article", air.get("source"));
        assertEquals("Plural in both languages in news copy.", air.get("note"));
        List<Map<String, Object>> terms = (List<Map<String, Object>>) air.get("terms");
        Map<String, Object> ar = terms.stream().filter(t -> t.get("lang").equals("ar")).findFirst().orElseThrow();
        assertEquals(Map.of("lang", "ar", "text", "الدفاعات الجوية", "status", "preferred", "partOfSpeech", "noun",
                "gender", "feminine", "context", "طلبت إسرائيل المزيد من الدفاعات الجوية.",
                "variants", List.of("دفاعات جوية")), withoutNulls(ar));
    }

    @Test
    void importsTbxV3DcaAndDctByContentTypeOrParameter() throws IOException {
        given().contentType("application/xml").body(fixture("tbx-v3-dca.tbx"))
                .when().post("/api/glossary/imports")
                .then().statusCode(200).body("concepts", equalTo(1)).body("terms", equalTo(4));
        given().contentType("application/octet-stream").queryParam("format", "tbx").body(fixture("tbx-v3-dct.tbx"))
                .when().post("/api/glossary/imports")
                .then().statusCode(200).body("concepts", equalTo(1)).body("warnings", equalTo(List.of()));
        Map<String, Object> dca = byExternalId("dca-peacekeeping-force", "peace-keeping troops");
        assertEquals("UN glossary", dca.get("source"));
        assertEquals("en-US", dca.get("definitionLang"));
        given().queryParam("q", "Zionist entity").queryParam("status", "forbidden").when().get("/api/glossary/concepts")
                .then().body("items.externalId", hasItem("dca-peacekeeping-force"));
        Map<String, Object> dct = byExternalId("dct-joint-chiefs", "JCS");
        List<Map<String, Object>> terms = (List<Map<String, Object>>) dct.get("terms");
        assertEquals(Map.of("lang", "en", "text", "Joint Chiefs of Staff", "status", "preferred",
                "partOfSpeech", "properNoun", "termType", "fullForm", "gender", "other",
                "context", "Gen. Charles Q. Brown, chairman of the Joint Chiefs of Staff, said…",
                "note", "Capitalised.", "variants", List.of()), withoutNulls(terms.get(0)));
    }

    @Test
    void importsCsvWithEveryFieldAndTheOneRowPerConceptLayout() throws IOException {
        given().contentType("text/csv; charset=UTF-8").body(fixture("every-field.csv"))
                .when().post("/api/glossary/imports")
                .then().statusCode(200).body("concepts", equalTo(1)).body("terms", equalTo(4));
        Map<String, Object> mod = byExternalId("csv-ministry-of-defense", "Ministry of War");
        assertEquals("وزارة الدفاع → Department of Defense for the US, Ministry of Defense for Israel.", mod.get("note"));
        List<Map<String, Object>> terms = (List<Map<String, Object>>) mod.get("terms");
        assertEquals("ملاحظة من سطرين:\nالسطر الثاني", terms.get(0).get("note"));
        assertEquals(List.of("DoD", "Defense Department"), terms.get(1).get("variants"));
        given().contentType("text/csv").body(fixture("per-concept.csv"))
                .when().post("/api/glossary/imports")
                .then().statusCode(200).body("concepts", equalTo(2)).body("terms", equalTo(4));
        given().queryParam("q", "مساعدة أمنية").when().get("/api/glossary/concepts")
                .then().body("items.externalId", hasItem("pc-security-assistance"));
    }

    @Test
    void malformedTbxIsRejectedWithLineAndColumnAndWritesNothing() throws IOException {
        long before = glossary.count();
        given().contentType("application/x-tbx").queryParam("file", "malformed.tbx").body(fixture("malformed.tbx"))
                .when().post("/api/glossary/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/format-error")).body("file", equalTo("malformed.tbx"))
                .body("line", equalTo(11)).body("column", org.hamcrest.Matchers.greaterThan(0))
                .body("detail", containsString("not well-formed XML"));
        assertEquals(before, glossary.count());
        given().queryParam("q", "security assistance").when().get("/api/glossary/concepts")
                .then().body("items.externalId", org.hamcrest.Matchers.not(hasItem("good-before-bad")));
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        given().contentType("application/x-tbx").body(fixture("xxe.tbx")).when().post("/api/glossary/imports")
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.not(containsString("root:")));
    }

    @Test
    void anInvalidConceptRejectsTheWholeFileAtItsLine() {
        String csv = "concept_id,lang,term\nbad-ok,en,fine term\nbad-long,en," + "x".repeat(1001) + "\n";
        long before = glossary.count();
        given().contentType("text/csv").queryParam("file", "long.csv").body(csv).when().post("/api/glossary/imports")
                .then().statusCode(422).body("file", equalTo("long.csv")).body("line", equalTo(3))
                .body("detail", containsString("concept 'bad-long': terms[0].text must be at most 1000 characters"));
        assertEquals(before, glossary.count());
    }

    @Test
    void dryRunReportsAndStoresNothing() {
        String tsv = "concept_id\tlang\tterm\tstatus\ndry-run-truce\tar\tهدنة\tpreferred\ndry-run-truce\ten\ttruce\tpreferred\n";
        long before = glossary.count();
        given().contentType("text/tab-separated-values").queryParam("dryRun", true).body(tsv)
                .when().post("/api/glossary/imports")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1)).body("terms", equalTo(2));
        assertEquals(before, glossary.count());
        given().queryParam("q", "truce").when().get("/api/glossary/concepts").then().body("total", equalTo(0));
    }

    @Test
    void createModeRefusesAKnownIdAndUpsertReplacesIt() {
        String first = "concept_id,lang,term\nmode-truce,en,truce\n";
        given().contentType("text/csv").body(first).when().post("/api/glossary/imports").then().statusCode(200);
        given().contentType("text/csv").queryParam("mode", "create").body(first).when().post("/api/glossary/imports")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType("text/csv").body("concept_id,lang,term\nmode-truce,en,ceasefire\n")
                .when().post("/api/glossary/imports").then().statusCode(200).body("updated", equalTo(1));
        assertEquals("ceasefire", ((List<Map<String, Object>>) byExternalId("mode-truce", "ceasefire").get("terms"))
                .get(0).get("text"));
        given().contentType("text/csv").queryParam("mode", "sometimes").body(first).when().post("/api/glossary/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("mode"));
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        given().contentType("image/png").body(new byte[] {1, 2}).when().post("/api/glossary/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().queryParam("format", "docx").when().get("/api/glossary/exports")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
    }

    @Test
    void exportThenImportIsLosslessInEveryFormat() {
        Map<String, ConceptDraft> stored = glossary.all().stream().map(c -> c.toDraft())
                .collect(Collectors.toMap(ConceptDraft::externalId, Function.identity()));
        for (GlossaryFormat format : List.of(GlossaryFormat.TBX, GlossaryFormat.TBX2, GlossaryFormat.TBX3,
                GlossaryFormat.CSV, GlossaryFormat.TSV)) {
            byte[] exported = given().queryParam("format", format.code).when().get("/api/glossary/exports")
                    .then().statusCode(200).contentType(containsString(format.mediaType))
                    .header("Content-Disposition", containsString("dragoman-glossary." + format.extension))
                    .extract().asByteArray();
            ParsedGlossary parsed = GlossaryExchange.parse(new ByteArrayInputStream(exported), format, "export");
            assertEquals(stored.size(), parsed.concepts().size(), format.name());
            for (ConceptDraft read : parsed.concepts()) {
                assertEquals(byLanguage(stored.get(read.externalId())), byLanguage(read), format.name());
            }
            given().contentType(format.mediaType).body(exported).when().post("/api/glossary/imports")
                    .then().statusCode(200).body("updated", equalTo(stored.size())).body("created", equalTo(0));
            byte[] again = given().queryParam("format", format.code).when().get("/api/glossary/exports")
                    .then().statusCode(200).extract().asByteArray();
            assertArrayEquals(exported, again, format.name());
        }
    }

    static final String STATUSES = """
            {"externalId": "exchange-zionist-entity", "subject": "politics", "note": "Wire style.",
             "terms": [
              {"lang": "ar", "text": "إسرائيل", "status": "preferred", "note": "في الأخبار"},
              {"lang": "ar", "text": "الكيان الصهيوني", "status": "forbidden", "variants": ["كيان صهيوني"]},
              {"lang": "en", "text": "Israel", "status": "preferred", "partOfSpeech": "properNoun"},
              {"lang": "en", "text": "the Zionist entity", "status": "forbidden", "note": "Loaded term."},
              {"lang": "en", "text": "Occupied Palestine", "status": "deprecated"},
              {"lang": "en", "text": "the Jewish state", "status": "admitted"}]}""";

    static void storeStatuses() {
        if (given().queryParam("q", "Occupied Palestine").when().get("/api/glossary/concepts")
                .then().extract().jsonPath().getInt("total") == 0) {
            given().contentType("application/json").body(STATUSES).when().post("/api/glossary/concepts")
                    .then().statusCode(201);
        }
    }

    @Test
    void tbx2IsTbxBasicMartifWithForbiddenWrittenAsDeprecatedAndAMarkingNote() throws IOException {
        storeStatuses();
        String tbx2 = given().queryParam("format", "tbx2").when().get("/api/glossary/exports")
                .then().statusCode(200).contentType(containsString("application/x-tbx"))
                .header("Content-Disposition", containsString("dragoman-glossary.tbx")).extract().asString();
        assertTrue(tbx2.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">"));
        assertTrue(tbx2.contains("""
                <termEntry id="exchange-zionist-entity">
                  <descrip type="subjectField">politics</descrip>
                  <note>Wire style.</note>
                  <langSet xml:lang="ar">
                    <tig>
                      <term>إسرائيل</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                      <note>في الأخبار</note>
                    </tig>
                    <tig>
                      <term>الكيان الصهيوني</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                      <note>Forbidden term: never use it.</note>
                    </tig>
                    <tig>
                      <term>كيان صهيوني</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                      <termNote type="termType">variant</termNote>
                      <note>Forbidden term: never use it.</note>
                    </tig>
                  </langSet>""".indent(6)), "the forbidden terms' tigs");
        assertTrue(tbx2.contains("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"));
        assertFalse(tbx2.contains("notRecommended"), "TBX-Basic 2008 has no such status");
        ConceptDraft read = GlossaryExchange.parse(new ByteArrayInputStream(tbx2.getBytes(StandardCharsets.UTF_8)),
                GlossaryFormat.TBX, "export.tbx").concepts().stream()
                .filter(c -> "exchange-zionist-entity".equals(c.externalId())).findFirst().orElseThrow();
        assertEquals(List.of("preferred", "forbidden", "preferred", "forbidden", "deprecated", "admitted"),
                read.terms().stream().map(t -> t.status().code()).toList());
        assertEquals(List.of("كيان صهيوني"), read.terms().get(1).variants());
        assertEquals("Loaded term.", read.terms().get(3).note());
    }

    @Test
    void omegatGlossaryHasOneLinePerSourceAndTargetTermInTheAskedDirection() {
        storeStatuses();
        String enAr = given().queryParam("format", "omegat").when().get("/api/glossary/exports")
                .then().statusCode(200).contentType(containsString("text/plain"))
                .header("Content-Disposition", containsString("dragoman-glossary-en-ar.utf8")).extract().asString();
        List<String> lines = enAr.lines().filter(l -> l.endsWith("Wire style.")).toList();
        assertEquals(4 * 2, lines.size(), enAr);
        assertTrue(lines.contains("Israel\tإسرائيل\tpreferred | في الأخبار | Wire style."), enAr);
        assertTrue(lines.contains("the Zionist entity\tالكيان الصهيوني\tDO NOT USE (forbidden); use: إسرائيل | Wire style."), enAr);
        assertTrue(lines.contains("Occupied Palestine\tإسرائيل\tpreferred | في الأخبار | Wire style."), enAr);

        String arEn = given().queryParam("format", "omegat").queryParam("sourceLang", "ar")
                .when().get("/api/glossary/exports").then().statusCode(200)
                .header("Content-Disposition", containsString("dragoman-glossary-ar-en.utf8")).extract().asString();
        List<String> fromArabic = arEn.lines().filter(l -> l.startsWith("كيان صهيوني\t")).toList();
        assertEquals(List.of("كيان صهيوني\tIsrael\tpreferred | Wire style.",
                "كيان صهيوني\tthe Zionist entity\tDO NOT USE (forbidden); use: Israel, the Jewish state | Loaded term. | Wire style.",
                "كيان صهيوني\tOccupied Palestine\tDO NOT USE (deprecated); use: Israel, the Jewish state | Wire style.",
                "كيان صهيوني\tthe Jewish state\tadmitted | Wire style."), fromArabic);
        assertTrue(arEn.lines().allMatch(l -> l.split("\t", -1).length == 3), "three fields on every line");

        given().queryParam("format", "omegat").queryParam("sourceLang", "fr").when().get("/api/glossary/exports")
                .then().statusCode(400).body("violations[0].field", equalTo("sourceLang"));
        given().contentType("text/plain").queryParam("format", "omegat").body("a\tb\n").when().post("/api/glossary/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
    }

    /** Exports group terms by language; the order within a language is kept. */
    static ConceptDraft byLanguage(ConceptDraft c) {
        List<String> langs = c.terms().stream().map(TermDraft::lang).distinct().toList();
        List<TermDraft> sorted = c.terms().stream().sorted(Comparator.comparingInt(t -> langs.indexOf(t.lang()))).toList();
        return new ConceptDraft(c.externalId(), c.subject(), c.definition(), c.definitionLang(), c.note(), c.source(), sorted);
    }

    static Map<String, Object> withoutNulls(Map<String, Object> term) {
        return term.entrySet().stream().filter(e -> e.getValue() != null && !e.getKey().equals("id"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
