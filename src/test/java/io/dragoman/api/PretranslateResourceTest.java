package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class PretranslateResourceTest {
    static final String DELEGATION = "وصل الوفد إلى واشنطن يوم الاثنين.";
    static final String FIVE_DAYS = "وقال المتحدث إن المحادثات ستستمر 5 أيام.";

    @TempDir
    Path work;

    static byte[] xliff(String name) throws IOException {
        try (InputStream in = PretranslateResourceTest.class.getResourceAsStream("/xliff/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The memory the tests match against, holding the peers' news sentences only. */
    static long newsMemory() throws IOException {
        byte[] tmx;
        try (InputStream in = PretranslateResourceTest.class.getResourceAsStream("/peers/news.tmx")) {
            tmx = in.readAllBytes();
        }
        given().contentType("application/octet-stream").body(tmx).queryParam("memory", "pretranslate-news")
                .queryParam("sync", true).when().post("/api/imports").then().statusCode(200);
        return TmxFixtures.memoryId("pretranslate-news");
    }

    static ExtractableResponse<Response> pretranslate(String fixture, Map<String, ?> params) throws IOException {
        return given().contentType("application/xliff+xml").body(xliff(fixture)).queryParam("file", fixture)
                .queryParams(params).when().post("/api/pretranslate").then().extract();
    }

    @Test
    void xliff12TargetsAreFilledFromTheMemoryAndEverythingElseIsKept() throws Exception {
        long memory = newsMemory();
        ExtractableResponse<Response> response = pretranslate("brief-1.2.xlf", Map.of("memory", memory, "threshold", 50));
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/xliff+xml"));
        String out = response.asString();
        assertTrue(out.contains("<source xml:lang=\"en-US\">The delegation arrived in Washington on Monday.</source>"
                + "<target xml:lang=\"ar\" state=\"final\" state-qualifier=\"exact-match\">" + DELEGATION + "</target>"), out);
        assertTrue(out.contains("<target xml:lang=\"ar\" state=\"needs-review-translation\" state-qualifier=\"fuzzy-match\">"
                + FIVE_DAYS + "</target>"), "numbers repaired as lookups repair them: " + out);
        assertTrue(out.contains("<target xml:lang=\"ar\" state=\"needs-review-translation\" state-qualifier=\"fuzzy-match\">"
                + "دخلت قوات حفظ السلام المنطقة العازلة في الساعة ٠٦:٣٠.</target>"), out);
        assertTrue(out.contains("<source xml:lang=\"en-US\">The Pentagon sent <g id=\"1\" ctype=\"bold\">air defenses</g> to Israel."
                + "<x id=\"2\" ctype=\"lb\"/></source>\n      <alt-trans match-quality=\"100\" origin=\"Dragoman\">"), out);
        assertTrue(out.contains("<target xml:lang=\"ar\" state=\"translated\">ترجمة موجودة.</target>\n      </trans-unit>"), out);
        assertTrue(out.contains("<note from=\"editor\">Headline &amp; lead.</note>"));
        assertTrue(out.contains("<trans-unit id=\"2\" okp:custom='kept'>"));

        Map<String, String> okapi = okapiTargets(out);
        assertEquals(DELEGATION, okapi.get("1"));
        assertEquals(FIVE_DAYS, okapi.get("2"));
        assertEquals("", okapi.get("4"), "a source with codes is proposed, not filled");
        assertEquals("ترجمة موجودة.", okapi.get("5"));
        assertEquals(DELEGATION, okapi.get("8"));

        JsonPath report = new JsonPath(response.header("Dragoman-Report"));
        assertEquals("brief.html", report.getString("files[0].file"));
        assertEquals(7, report.getInt("files[0].segments"), "translate=\"no\" is not counted");
        assertEquals(4, report.getInt("files[0].filled"));
        assertEquals(2, report.getInt("files[0].finals"), "the first segment is exact, and so is its repetition");
        assertEquals(1, report.getInt("files[0].withCodes"));
        assertEquals(1, report.getInt("files[0].alreadyTranslated"));
        assertEquals(Map.of("band", "repetitions", "segments", 2, "words", 14), report.getMap("files[0].repetitions"));
        assertEquals(Map.of("band", "no match", "segments", 1, "words", 10), report.getMap("files[0].bands[6]"));
    }

    @Test
    void aSegmentWhosePreviousSegmentAlsoMatchesIsA101InContextMatch() throws Exception {
        long memory = Memories.create("pretranslate-context");
        String began = "The talks began in Cairo on Sunday.";
        String last = "They will last three days, officials said.";
        given().contentType("application/json").body(Map.of("memoryId", memory, "sourceLang", "en", "targetLang", "ar",
                "sourceText", began, "targetText", "بدأت المحادثات في القاهرة يوم الأحد.")).post("/api/units").then().statusCode(201);
        given().contentType("application/json").body(Map.of("memoryId", memory, "sourceLang", "en", "targetLang", "ar",
                "sourceText", last, "targetText", "وقال مسؤولون إنها ستستمر ثلاثة أيام.", "previousSource", began))
                .post("/api/units").then().statusCode(201);
        // The same sentence twice: after the sentence it followed in the memory (101), and after another (100).
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="talks.txt" source-language="en" target-language="ar" datatype="plaintext">
                    <body>
                      <trans-unit id="1"><source>%s</source></trans-unit>
                      <trans-unit id="2"><source>%s</source></trans-unit>
                      <trans-unit id="3"><source>Nothing in the memory resembles this line at all.</source></trans-unit>
                      <trans-unit id="4"><source>%s</source></trans-unit>
                    </body>
                  </file>
                </xliff>
                """.formatted(began, last, last);
        ExtractableResponse<Response> response = given().contentType("application/xliff+xml").body(file)
                .queryParam("file", "talks.xlf").queryParam("memory", memory).when().post("/api/pretranslate")
                .then().extract();
        assertEquals(200, response.statusCode(), response.asString());
        String out = response.asString();
        assertTrue(out.contains("<trans-unit id=\"2\"><source>" + last + "</source><target xml:lang=\"ar\" state=\"final\""
                + " state-qualifier=\"exact-match\">وقال مسؤولون إنها ستستمر ثلاثة أيام.</target>"), out);
        JsonPath report = new JsonPath(response.header("Dragoman-Report"));
        assertEquals(Map.of("band", "101", "segments", 1, "words", 7), report.getMap("files[0].bands[0]"),
                "the second segment, whose previous segment is the unit's own previous source");
        assertEquals(Map.of("band", "100", "segments", 1, "words", 7), report.getMap("files[0].bands[1]"),
                "the first: exact, without a previous segment to match");
        assertEquals(Map.of("band", "repetitions", "segments", 1, "words", 7), report.getMap("files[0].repetitions"),
                "the fourth repeats the second");
        assertEquals(3, report.getInt("files[0].finals"));
        Memories.delete(memory);
    }

    /** Unit id to target text, as Okapi's XLIFF filter reads the file. */
    Map<String, String> okapiTargets(String xliff) throws Exception {
        Path file = work.resolve("out.xlf");
        Files.writeString(file, xliff, StandardCharsets.UTF_8);
        Map<String, String> targets = new LinkedHashMap<>();
        XliffViews.okapi12(file, "en-US", "ar").forEach((id, unit) -> targets.put(id, unit.target()));
        return targets;
    }

    @Test
    void analyseOnlyAnswersTheReportByBandAndWritesNothing() throws Exception {
        long memory = newsMemory();
        JsonPath report = pretranslate("brief-1.2.xlf", Map.of("memory", memory, "analyseOnly", true)).jsonPath();
        assertEquals(true, report.getBoolean("analyseOnly"));
        assertEquals("1.2", report.getString("version"));
        assertEquals(0, report.getInt("files[0].filled"));
        List<String> bands = report.getList("files[0].bands.band");
        assertEquals(List.of("101", "100", "95-99", "85-94", "75-84", "50-74", "no match"), bands);
        int segments = report.<Integer>getList("files[0].bands.segments").stream().mapToInt(Integer::intValue).sum();
        assertEquals(7, segments + report.getInt("files[0].repetitions.segments"));
        assertEquals(report.getInt("files[0].words"), report.<Integer>getList("files[0].bands.words").stream()
                .mapToInt(Integer::intValue).sum() + report.getInt("files[0].repetitions.words"));
    }

    @Test
    void xliff20SegmentsGetTargetsStatesAndTheMatchesModuleAndValidateInOkapi() throws Exception {
        long memory = newsMemory();
        ExtractableResponse<Response> response = pretranslate("brief-2.0.xlf", Map.of("memory", memory, "threshold", 50));
        assertEquals(200, response.statusCode(), response.asString());
        String out = response.asString();
        assertTrue(out.contains("<segment id=\"s1\" state=\"final\" subState=\"dragoman:exact-match\">\n        <source>"
                + "The delegation arrived in Washington on Monday.</source><target>" + DELEGATION + "</target>"), out);
        assertTrue(out.contains("<target>" + FIVE_DAYS + "</target>"), out);
        assertTrue(out.contains("<unit id=\"u2\"><mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">"
                + "<mtc:match ref=\"#s3\" matchQuality=\"100.0\" origin=\"Dragoman\" type=\"tm\">"), out);
        assertTrue(out.contains("<data id=\"d1\">&lt;b&gt;</data>"));
        assertTrue(out.contains("<note category=\"editor\">Headline &amp; lead.</note>"));

        Path file = work.resolve("out.xlf");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        Map<String, List<XliffViews.Candidate>> matches = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        XliffViews.okapi20(file, matches).forEach((id, segment) -> targets.put(id, segment.target()));
        assertEquals(1, matches.get("u2").size());
        assertEquals(Map.of("s1", DELEGATION, "s2", FIVE_DAYS, "s3", "", "s4", "", "s5", ""), targets);
    }

    @Test
    void withoutMatchesTheFileComesBackByteForByte() throws Exception {
        long empty = given().contentType("application/json").body("{\"name\": \"pretranslate-empty\"}")
                .when().post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String fixture : List.of("brief-1.2.xlf", "brief-2.0.xlf")) {
            byte[] out = pretranslate(fixture, Map.of("memory", empty)).asByteArray();
            assertArrayEquals(xliff(fixture), out, fixture);
        }
    }

    @Test
    void badInputIsProblemJsonWithFileLineAndColumn() throws Exception {
        given().contentType("application/xliff+xml").body(TmxFixtures.fixture("full-features.tmx")).queryParam("file", "memory.tmx")
                .when().post("/api/pretranslate").then().statusCode(422).contentType("application/problem+json")
                .body("file", equalTo("memory.tmx")).body("line", equalTo(3)).body("column", org.hamcrest.Matchers.greaterThan(0))
                .body("detail", containsString("not an XLIFF file"));
        pretranslateFails("xliff-1.1.xlf", 2, "XLIFF version '1.1' is not supported");
        pretranslateFails("broken-codes-1.2.xlf", 8, "trans-unit '2': broken inline codes: <bpt id=\"1\"> is never closed");
        pretranslateFails("broken-codes-2.0.xlf", 10, "unit 'u2': broken inline codes: <ec startRef=\"1\"> closes no <sc>");
        given().contentType("application/xliff+xml").queryParam("file", "next.xlf").body(new String(xliff("brief-2.0.xlf"),
                StandardCharsets.UTF_8).replace("version=\"2.0\"", "version=\"2.2\"").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/pretranslate").then().statusCode(422).body("file", equalTo("next.xlf")).body("line", equalTo(2))
                .body("column", org.hamcrest.Matchers.greaterThan(0))
                .body("detail", containsString("XLIFF version '2.2' is not supported; Dragoman reads 1.2 and 2.0"));
        String truncated = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a.txt\""
                + " source-language=\"en\" target-language=\"ar\" datatype=\"plaintext\"><body>";
        given().contentType("application/xliff+xml").body(truncated.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/pretranslate").then().statusCode(422).body("file", equalTo("upload.xlf"))
                .body("line", equalTo(2)).body("detail", containsString("not well-formed XML"));
        given().contentType("application/xliff+xml").queryParam("threshold", 30).body(xliff("brief-1.2.xlf"))
                .when().post("/api/pretranslate").then().statusCode(400).body("violations[0].field", equalTo("threshold"));
    }

    static void pretranslateFails(String fixture, int line, String detail) throws IOException {
        pretranslate(fixture, Map.of()).response().then().statusCode(422).contentType("application/problem+json")
                .body("file", equalTo(fixture)).body("line", equalTo(line)).body("column", org.hamcrest.Matchers.greaterThan(0))
                .body("detail", containsString(detail));
    }
}
