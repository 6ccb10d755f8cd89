package io.dragoman.cat;

import static io.dragoman.cat.Encodings.form;
import static io.dragoman.cat.Encodings.pythonQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Memories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tmserver API as Weblate's tmserver backend ({@code weblate/machinery/tmserver.py}) and Virtaal's
 * amaGama plugin ({@code virtaal/plugins/tm/models/amagama.py} over {@code virtaal/support/tmclient.py})
 * send it, replayed on a raw socket against the seed memory.
 */
@QuarkusTest
class TmServerResourceTest {
    static final String TITLE = "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة";
    static final String TITLE_EN = "Washington begins talks on funding a peacekeeping force in Gaza";
    static final String TITLE_ANSWER = "[{\"source\":\"" + TITLE + "\",\"target\":\"" + TITLE_EN
            + "\",\"quality\":100,\"rank\":100}]";
    static final String REPORT = "التقرير السنوي 2024/2025 عن قوات حفظ السلام";
    static final String REPORT_EN = "Annual report 2024/2025 on the peacekeeping forces";

    @TestHTTPResource("/")
    URL base;
    private long memory;
    private final String memoryName = "cat-tmserver";

    @BeforeEach
    void memory() {
        memory = Memories.create(memoryName);
        Memories.unit(memory, REPORT, REPORT_EN);
        Memories.unit(memory, REPORT + " في غزة", REPORT_EN + " in Gaza");
    }

    @AfterEach
    void cleanUp() {
        Memories.delete(memory);
    }

    private RawHttp.Answer get(String target) throws IOException {
        return RawHttp.get(base.getPort(), target);
    }

    @Test
    void languagesAsWeblateAsksForThemWithTheTrailingSlash() throws IOException {
        // tmserver.py download_languages: get_api_url("languages", "") -> {url}/languages/
        RawHttp.Answer answer = get("/tmserver/languages/");
        assertEquals(200, answer.status());
        assertEquals("{\"sourceLanguages\":[\"ar\",\"en\"],\"targetLanguages\":[\"ar\",\"en\"]}", answer.jsonUtf8());
    }

    @Test
    void weblateUnitRequestWithTheTextQuotedInThePath() throws IOException {
        // tmserver.py download_translations: get_api_url(src, tgt, "unit", text) with quote(part, b"")
        RawHttp.Answer answer = get("/tmserver/ar/en/unit/" + pythonQuote(TITLE));
        assertEquals(200, answer.status());
        assertEquals(TITLE_ANSWER, answer.jsonUtf8());
    }

    @Test
    void weblateBackendCheckOnAPairDragomanDoesNotHoldIsAnEmptyList() throws IOException {
        // Weblate's validate_settings: download_multiple_translations("en", "de", [("test", None)], ...)
        RawHttp.Answer answer = get("/tmserver/en/de/unit/test");
        assertEquals(200, answer.status());
        assertEquals("[]", answer.jsonUtf8());
        assertEquals("[]", get("/tmserver/xx!/en/unit/test").jsonUtf8());
    }

    @Test
    void virtaalDefaultUrlEndsInASlashSoItsRequestsHoldTwo() throws IOException {
        // amagama.py default url ".../api/v1/" + tmclient "/%s/%s/unit" + "/" + quote(source, safe='')
        RawHttp.Answer answer = get("/api/v1//ar/en/unit/" + pythonQuote(TITLE));
        assertEquals(200, answer.status());
        assertEquals(TITLE_ANSWER, answer.jsonUtf8());
    }

    @Test
    void aSlashInTheTextTravelsAsPercent2FAndTheMemoryIsChosenByTheBaseUrl() throws IOException {
        // Virtaal pointed at .../api/v1/memory/{name}/ : the text's "/" is %2F, the prefix has "//"
        RawHttp.Answer answer = get("/api/v1/memory/" + memoryName + "//ar/en/unit/" + pythonQuote(REPORT));
        assertEquals(200, answer.status());
        JsonPath json = new JsonPath(answer.jsonUtf8());
        assertEquals(2, json.getList("$").size());
        assertEquals(REPORT, json.getString("[0].source"));
        assertEquals(REPORT_EN, json.getString("[0].target"));
        // The seed's title is not in that memory.
        assertEquals("[]", get("/tmserver/memory/" + memory + "/ar/en/unit/" + pythonQuote(TITLE)).jsonUtf8());
    }

    @Test
    void everyEncodingOfTheSameTextGetsTheSameAnswer() throws IOException {
        String[] targets = {
            "/tmserver/ar/en/unit/" + pythonQuote(TITLE),
            "/tmserver/ar/en/unit?source=" + form(TITLE),
            "/tmserver/ar/en/unit?source=" + pythonQuote(TITLE),
            "/api/v1/ar/en/unit/" + pythonQuote(TITLE) + "?min_similarity=70&max_candidates=5",
            "/tmserver//ar/en/unit/" + pythonQuote(TITLE),
        };
        for (String target : targets) {
            assertEquals(TITLE_ANSWER, get(target).jsonUtf8(), target);
        }
    }

    @Test
    void languageCodesWithRegionsAndInEitherCase() throws IOException {
        // Weblate lower-cases and underscores (en_us); amaGama's documentation writes en_GB and ar_SA.
        for (String pair : new String[] {"ar_SA/en_GB", "AR/en_us", "ar/en-US", "ar_sa/EN"}) {
            assertEquals(TITLE_ANSWER, get("/tmserver/" + pair + "/unit/" + pythonQuote(TITLE)).jsonUtf8(), pair);
        }
        JsonPath reverse = new JsonPath(get("/tmserver/en_us/ar/unit/" + pythonQuote(TITLE_EN)).jsonUtf8());
        assertEquals(TITLE_EN, reverse.getString("[0].source"));
        assertEquals(TITLE, reverse.getString("[0].target"));
    }

    @Test
    void minSimilarityAndMaxCandidates() throws IOException {
        String lastWordDropped = pythonQuote("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في"); // 90
        JsonPath fuzzy = new JsonPath(get("/tmserver/ar/en/unit/" + lastWordDropped).jsonUtf8());
        assertEquals(90, fuzzy.getInt("[0].quality"));
        assertEquals(90, fuzzy.getInt("[0].rank"));
        assertEquals("[]", get("/tmserver/ar/en/unit/" + lastWordDropped + "?min_similarity=95").jsonUtf8());
        // Empty options are amaGama's defaults (70, 5), not the lowest bounds.
        // In the seed memory: other tests store this very phrase as a unit of its own.
        String phrase = "/tmserver/memory/" + io.dragoman.seed.SeedLoader.MEMORY + "/ar/en/unit/" + pythonQuote("قوة حفظ السلام");
        assertTrue(new JsonPath(get(phrase + "?min_similarity=1").jsonUtf8()).getList("$").size() > 1);
        assertEquals("[]", get(phrase + "?min_similarity=").jsonUtf8());
        String loose = "/tmserver/memory/" + memoryName + "/ar/en/unit/" + pythonQuote(REPORT) + "?min_similarity=30";
        assertEquals(2, new JsonPath(get(loose + "&max_candidates=50").jsonUtf8()).getList("$").size());
        assertEquals(1, new JsonPath(get(loose + "&max_candidates=1").jsonUtf8()).getList("$").size());
        assertEquals(2, new JsonPath(get(loose + "&max_candidates=").jsonUtf8()).getList("$").size());
        // Out of range settings are brought to the nearest bound, not refused.
        assertEquals(200, get(loose + "&max_candidates=100000&min_similarity=0").status());
    }

    @Test
    void badInputIsProblemJsonNeverA500() throws IOException {
        assertProblem(get("/tmserver/ar/en/unit?source="), 400, "source");
        assertProblem(get("/tmserver/ar/en/unit/"), 400, "source");
        assertProblem(get("/tmserver/ar/en/unit/x?min_similarity=abc"), 400, "min_similarity");
        assertProblem(get("/tmserver/memory/no-such-memory/ar/en/unit/x"), 404, "no-such-memory");
        assertProblem(get("/tmserver/ar/en/unit/%zz"), 400, "percent-escape");
        assertProblem(get("/tmserver/ar/en/unit/a%2"), 400, "percent-escape");
        String tooLong = "قوة ".repeat(2_501); // 10,004 characters, past dragoman.match.max-query-length
        assertProblem(get("/tmserver/ar/en/unit/" + pythonQuote(tooLong)), 413, "10000");
        String longest = "قوة ".repeat(2_500).strip(); // 9,999 characters: matched, not refused
        assertEquals(200, get("/tmserver/ar/en/unit/" + pythonQuote(longest)).status());
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String named) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertTrue(answer.body().contains(named), answer.body());
    }
}
