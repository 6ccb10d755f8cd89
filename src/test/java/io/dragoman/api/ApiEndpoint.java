package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A POST or PUT of package api that takes a JSON body, with a body it accepts. */
record ApiEndpoint(String method, String path, Map<String, Object> body) {

    /** Records the endpoints need: a memory with a unit, a concept with a term, an alignment, a QA finding. */
    record Fixture(long memory, long unit, long unitVersion, long concept, long term, long conceptVersion,
                   long job, long pair, long otherPair, long finding) {

        static Fixture create() {
            long memory = MemoryResourceTest.createMemory("fuzz-memory");
            JsonPath unit = post("/api/units", map("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                    "sourceText", "أرسلت الأمم المتحدة ٣ جنود", "targetText", "The UN sent 4 soldiers"));
            JsonPath concept = post("/api/glossary/concepts", map("subject", "fuzz", "terms", List.of(
                    map("lang", "ar", "text", "قوة حفظ السلام", "status", "preferred"),
                    map("lang", "en", "text", "peacekeeping force", "status", "preferred"))));
            JsonPath job = AlignmentResourceTest.align("قالت الأمم المتحدة إن الوضع خطير. وصل الجنود أمس.",
                    "The UN said the situation was serious. The soldiers arrived yesterday.");
            long run = post("/api/qa/runs", map("memoryId", memory)).getLong("id");
            settleRun(run);
            long finding = given().get("/api/qa/runs/" + run + "/findings").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            return new Fixture(memory, unit.getLong("id"), unit.getLong("version"), concept.getLong("id"),
                    concept.getLong("terms[0].id"), concept.getLong("version"), job.getLong("id"),
                    job.getLong("pairs[0].id"), job.getLong("pairs[1].id"), finding);
        }

        private static JsonPath post(String path, Map<String, Object> body) {
            return given().contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(anyOf(is(201), is(202))).extract().jsonPath();
        }
    }

    static List<ApiEndpoint> all(Fixture f) {
        Map<String, Object> term = map("lang", "en", "text", "blue helmets", "status", "admitted",
                "partOfSpeech", "noun", "variants", List.of("blue-helmets"));
        Map<String, Object> concept = map("externalId", "fuzz-concept", "subject", "military", "definition", "Troops",
                "terms", List.of(map("lang", "ar", "text", "القبعات الزرق"), term));
        Map<String, Object> unit = map("memoryId", f.memory(), "sourceLang", "ar", "targetLang", "en",
                "sourceText", "وصل الجنود", "targetText", "The soldiers arrived", "tuid", "fuzz-1",
                "originPosition", 3, "annotations", List.of(map("kind", "note", "value", "fuzz")));
        Map<String, Object> unitUpdate = new LinkedHashMap<>(unit);
        unitUpdate.put("version", f.unitVersion());
        Map<String, Object> conceptUpdate = new LinkedHashMap<>(concept);
        conceptUpdate.put("version", f.conceptVersion());
        String job = "/api/alignments/" + f.job();
        Map<String, Object> pair = map("sourceStart", 1, "sourceCount", 1, "targetStart", 1, "targetCount", 1);
        return List.of(
                new ApiEndpoint("POST", "/api/memories", map("name", "fuzz", "description", "made by a fuzz case")),
                new ApiEndpoint("POST", "/api/units", unit),
                new ApiEndpoint("PUT", "/api/units/" + f.unit(), unitUpdate),
                new ApiEndpoint("POST", "/api/glossary/concepts", concept),
                new ApiEndpoint("PUT", "/api/glossary/concepts/" + f.concept(), conceptUpdate),
                new ApiEndpoint("POST", "/api/glossary/concepts/" + f.concept() + "/terms", term),
                new ApiEndpoint("PUT", "/api/glossary/concepts/" + f.concept() + "/terms/" + f.term(), term),
                new ApiEndpoint("POST", "/api/glossary/recognize", map("text", "قوة حفظ السلام", "lang", "ar", "targetLang", "en")),
                new ApiEndpoint("POST", "/api/lookup", map("text", "وصل الجنود", "sourceLang", "ar", "targetLang", "en",
                        "memories", List.of(String.valueOf(f.memory())), "minScore", 50, "maxResults", 3, "previous", "نص")),
                new ApiEndpoint("POST", "/api/alignments", map("sourceLang", "ar", "targetLang", "en",
                        "sourceText", "وصل الجنود أمس.", "targetText", "The soldiers arrived yesterday.", "oneSegmentPerLine", false)),
                new ApiEndpoint("POST", job + "/pairs/" + f.pair() + "/merge", map("with", f.otherPair())),
                new ApiEndpoint("POST", job + "/pairs/" + f.pair() + "/split", map("sourceCount", 1, "targetCount", 1)),
                new ApiEndpoint("POST", job + "/pairs", pair),
                new ApiEndpoint("PUT", job + "/pairs/" + f.pair(), pair),
                new ApiEndpoint("POST", job + "/commit", map("memoryId", f.memory(), "minConfidence", 0.5)),
                new ApiEndpoint("POST", "/api/qa/runs", map("memoryId", f.memory(), "only", List.of("numbers"),
                        "thresholds", map("length-ratio.max", 3.0))),
                new ApiEndpoint("POST", "/api/qa/check", map("sourceLang", "ar", "targetLang", "en",
                        "sourceText", "٣ جنود", "targetText", "4 soldiers", "disable", List.of("length-ratio"))),
                new ApiEndpoint("POST", "/api/qa/findings/" + f.finding() + "/ignore", map("reason", "a fuzz case")));
    }

    /** Waits for what an accepted request started in the background, so that it writes before the next count. */
    void settle(JsonNode accepted) {
        if (path.equals("/api/qa/runs")) {
            settleRun(accepted.path("id").asLong());
        }
    }

    static void settleRun(long run) {
        for (int i = 0; i < 600; i++) {
            String status = given().get("/api/qa/runs/" + run).then().statusCode(200).extract().path("status");
            if (!status.toLowerCase(Locale.ROOT).matches("queued|running")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("QA run " + run + " did not finish");
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
