package io.dragoman.cat;

import static io.restassured.RestAssured.given;

import static io.dragoman.cat.Encodings.form;
import static io.dragoman.cat.TmServerResourceTest.TITLE;
import static io.dragoman.cat.TmServerResourceTest.TITLE_EN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MyMemory's {@code get} as MateCat's {@code Engines_MyMemory::get} sends it ({@code lib/Utils/Engines/MyMemory.php}:
 * {@code q}, {@code langpair = source|target}, {@code de}, {@code mt}, {@code numres}, {@code key}, posted
 * through curl, multipart when the fields are an array, urlencoded when a query string), and as a GET.
 */
@QuarkusTest
class MyMemoryResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MATCH_FIELDS = List.of("id", "segment", "translation", "source", "target", "quality",
            "match", "usage-count", "subject", "created-by", "last-updated-by", "create-date", "last-update-date",
            "reference");
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    @TestHTTPResource("/")
    URL base;

    private static String urlencoded(String text) {
        // PHP's http_build_query: a space is '+', '|' is %7C
        return "q=" + form(text) + "&langpair=ar-SA%7Cen-US&de=translator%40example.com&mt=1&numres=3&key=" + RawHttp.token()
                + "&client_id=0";
    }

    private static byte[] multipart(String boundary, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(RawHttp.Answer answer) throws IOException {
        assertEquals(200, answer.status(), answer.body());
        return JSON.readValue(answer.jsonUtf8(), Map.class);
    }

    @Test
    void mateCatPostsMultipartAndGetsMyMemorysShape() throws IOException {
        String boundary = "------------------------d74496d66958873e";
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("q", TITLE);
        fields.put("langpair", "ar-SA|en-US");
        fields.put("de", "translator@example.com");
        fields.put("mt", "1");
        fields.put("numres", "3");
        fields.put("key", RawHttp.token());
        RawHttp.Answer answer = RawHttp.post(base.getPort(), "/mymemory/get",
                "multipart/form-data; boundary=" + boundary, multipart(boundary, fields));
        assertExactTitleMatch(read(answer));
    }

    @Test
    void mateCatPostsUrlencoded() throws IOException {
        RawHttp.Answer answer = RawHttp.post(base.getPort(), "/mymemory/get", "application/x-www-form-urlencoded",
                urlencoded(TITLE).getBytes(StandardCharsets.US_ASCII));
        assertExactTitleMatch(read(answer));
    }

    @Test
    void getWithQueryParametersAndALiteralBar() throws IOException {
        RawHttp.Answer answer = RawHttp.get(base.getPort(), "/mymemory/get?q=" + Encodings.pythonQuote(TITLE)
                + "&langpair=ar-SA|en-US");
        assertExactTitleMatch(read(answer));
        Map<String, Object> plus = read(RawHttp.get(base.getPort(), "/mymemory/get?" + urlencoded(TITLE)));
        assertEquals(read(answer).get("responseData"), plus.get("responseData"));
    }

    @SuppressWarnings("unchecked")
    private static void assertExactTitleMatch(Map<String, Object> body) {
        assertEquals(List.of("responseData", "responseStatus", "responseDetails", "matches"), List.copyOf(body.keySet()));
        assertEquals(Map.of("translatedText", TITLE_EN, "match", 1.0), body.get("responseData"));
        assertEquals(200, body.get("responseStatus"));
        assertEquals("", body.get("responseDetails"));
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("matches")).get(0);
        assertEquals(MATCH_FIELDS, List.copyOf(first.keySet()));
        assertTrue(((String) first.get("id")).matches("\\d+"), first.toString());
        assertEquals(TITLE, first.get("segment"));
        assertEquals(TITLE_EN, first.get("translation"));
        assertEquals("ar-SA", first.get("source"));
        assertEquals("en-US", first.get("target"));
        assertEquals("100", first.get("quality"));
        assertEquals(1.0, first.get("match"));
        assertTrue(first.get("usage-count") instanceof Integer);
        assertEquals("All", first.get("subject"));
        assertTrue(((String) first.get("create-date")).matches(DATE), first.toString());
        assertTrue(((String) first.get("last-update-date")).matches(DATE), first.toString());
        assertNull(first.get("reference"));
        assertTrue(((List<?>) body.get("matches")).size() <= 3, "numres=3");
    }

    @Test
    void noMatchIsAnEmptyListAndAnEmptyTranslation() throws IOException {
        Map<String, Object> body = read(RawHttp.get(base.getPort(), "/mymemory/get?langpair=ar|en&q="
                + form("مرحبا بالعالم الجميل هذا الصباح")));
        assertEquals(Map.of("translatedText", "", "match", 0.0), body.get("responseData"));
        assertEquals(List.of(), body.get("matches"));
        Map<String, Object> otherPair = read(RawHttp.get(base.getPort(), "/mymemory/get?langpair=en-US|de-DE&q=test"));
        assertEquals(200, otherPair.get("responseStatus"));
        assertEquals(List.of(), otherPair.get("matches"));
    }

    @Test
    void withoutATokenOrAMemoryWritesAreAnsweredAndNothingIsStored() throws IOException {
        String pair = "seg=" + form(TITLE) + "&tra=" + form("Something else") + "&langpair=ar-SA%7Cen-US";
        Map<String, Object> anonymous = read(RawHttp.anonymousPost(base.getPort(), "/mymemory/memory/"
                + io.dragoman.seed.SeedLoader.MEMORY + "/set", "application/x-www-form-urlencoded",
                pair.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(((String) anonymous.get("responseDetails")).startsWith("NOT STORED"), anonymous.toString());
        Map<String, Object> nowhere = read(RawHttp.post(base.getPort(), "/mymemory/set", "application/x-www-form-urlencoded",
                (pair + "&key=" + RawHttp.token()).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(403, nowhere.get("responseStatus"));
        assertTrue(((String) nowhere.get("responseDetails")).startsWith("NO MEMORY SPECIFIED"), nowhere.toString());
        for (String call : new String[] {"update", "delete_by_id"}) {
            Map<String, Object> body = read(RawHttp.post(base.getPort(), "/mymemory/" + call,
                    "application/x-www-form-urlencoded", (pair + "&key=" + RawHttp.token()).getBytes(StandardCharsets.US_ASCII)));
            assertEquals(200, body.get("responseStatus"), call);
            assertTrue(((String) body.get("responseDetails")).startsWith("NOT STORED"), call);
        }
        Map<String, Object> after = read(RawHttp.get(base.getPort(), "/mymemory/get?langpair=ar|en&q=" + form(TITLE)));
        assertEquals(TITLE_EN, ((Map<?, ?>) after.get("responseData")).get("translatedText"));
        assertEquals(1, ((List<?>) after.get("matches")).size(), "no unit was added: " + after);
    }

    @Test
    void setWithATokenStoresTheConfirmedSegmentAsTheTokensOwner() throws IOException {
        long memory = io.dragoman.api.Memories.create("cat-mymemory-set");
        String segment = "وأكد المتحدث أن الوفد سيعود الأسبوع المقبل";
        String form = "seg=" + form(segment) + "&tra=" + form("The spokesman confirmed the delegation would return next week")
                + "&langpair=ar-SA%7Cen-US&de=translator%40example.com&key=" + RawHttp.token();
        Map<String, Object> stored = read(RawHttp.post(base.getPort(), "/mymemory/memory/cat-mymemory-set/set",
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(200, stored.get("responseStatus"), stored.toString());
        String id = (String) ((List<?>) stored.get("responseDetails")).get(0);
        given().get("/api/units/" + id).then().statusCode(200)
                .body("memoryId", org.hamcrest.Matchers.equalTo((int) memory))
                .body("sourceLang", org.hamcrest.Matchers.equalTo("ar-SA"))
                .body("createdBy", org.hamcrest.Matchers.equalTo("cat-tool-user"));
        given().queryParam("user", "cat-tool-user").get("/api/audit").then().statusCode(200)
                .body("items.target", org.hamcrest.Matchers.hasItem("unit " + id));
        Map<String, Object> found = read(RawHttp.get(base.getPort(), "/mymemory/memory/cat-mymemory-set/get?langpair=ar-SA|en-US&q="
                + form(segment)));
        assertEquals("The spokesman confirmed the delegation would return next week",
                ((Map<?, ?>) found.get("responseData")).get("translatedText"));
        io.dragoman.api.Memories.delete(memory);
    }

    @Test
    void badInputInMyMemorysErrorShape() throws IOException {
        assertRefused(RawHttp.get(base.getPort(), "/mymemory/get?langpair=ar|en&q="), 403, "NO QUERY SPECIFIED");
        assertRefused(RawHttp.get(base.getPort(), "/mymemory/get?langpair=aren&q=test"), 403, "INVALID LANGUAGE PAIR");
        assertRefused(RawHttp.get(base.getPort(), "/mymemory/get?langpair=ar|!!&q=test"), 403, "INVALID LANGUAGE PAIR");
        String tooLong = urlencoded("قوة ".repeat(2_501));
        assertRefused(RawHttp.post(base.getPort(), "/mymemory/get", "application/x-www-form-urlencoded",
                tooLong.getBytes(StandardCharsets.US_ASCII)), 403, "text is 10004 characters long");
        assertRefused(RawHttp.get(base.getPort(), "/mymemory/memory/no-such-memory/get?langpair=ar|en&q=test"), 404,
                "no-such-memory");
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String details) throws IOException {
        Map<String, Object> body = read(answer);
        assertEquals(status, body.get("responseStatus"), answer.body());
        assertTrue(((String) body.get("responseDetails")).contains(details), answer.body());
        assertEquals(List.of(), body.get("matches"));
    }

    @Test
    void aFragmentWithItsTranslatedWordsIsAPartialSuggestionThatNeverFillsTheSegment() throws IOException {
        // البنتاجون is a glossary term three seed units hold; no seed unit matches the sentence as a whole
        String query = "أصدر البنتاجون بيانا جديدا عن الميزانية";
        RawHttp.Answer answer = RawHttp.get(base.getPort(), "/mymemory/memory/gaza-peacekeeping-talks/get?q=" + form(query)
                + "&langpair=ar-SA%7Cen-US");
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(answer.jsonUtf8());
        assertEquals(200, json.getInt("responseStatus"), answer.jsonUtf8());
        assertEquals("", json.getString("responseData.translatedText"), "a fragment is no translation of the segment");
        assertEquals(1, json.getList("matches").size(), answer.jsonUtf8());
        assertEquals("البنتاجون", json.getString("matches[0].segment"));
        assertEquals("Pentagon", json.getString("matches[0].translation"), "only the words that translate it");
        assertEquals(0.23, json.getDouble("matches[0].match"), 0.001, "the share of the query it covers");
        assertEquals("23", json.getString("matches[0].quality"));
        assertEquals(3, json.getInt("matches[0].usage-count"));
        assertTrue(json.getString("matches[0].reference").startsWith("Dragoman fragment: «البنتاجون» is in 3 units"),
                json.getString("matches[0].reference"));
        assertTrue(!json.getString("matches[0].last-update-date").isEmpty());
    }
}
