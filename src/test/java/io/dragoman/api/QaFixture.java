package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fixture memory of {@code qa/fixture-memory.tsv}, created over the REST API, and run helpers. */
final class QaFixture {
    /** One fixture unit: whether {@code check} must flag it, and the id it got. */
    record Row(boolean flag, String check, String sourceLang, String targetLang, String source, String target, long unitId) {
    }

    /** The fixture memory, its rows, and one run of every check over it (made once per test JVM). */
    record Shared(long memoryId, List<Row> rows, JsonPath run) {
        long runId() {
            return run.getLong("id");
        }
    }

    private static Shared shared;

    private QaFixture() {
    }

    static synchronized Shared shared() throws IOException {
        if (shared == null) {
            long memoryId = MemoryResourceTest.createMemory("qa-fixture");
            List<Row> rows = create(memoryId);
            shared = new Shared(memoryId, rows, run(Map.of("memoryId", memoryId, "enable", List.of("inconsistent-source", "length-ratio", "term-missing"))));
        }
        return shared;
    }

    static List<Row> create(long memoryId) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                QaFixture.class.getResourceAsStream("/qa/fixture-memory.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String source = unescape(f[4]);
                String target = unescape(f[5]);
                long id = createUnit(memoryId, f[2], f[3], source, target);
                rows.add(new Row(f[0].equals("flag"), f[1], f[2], f[3], source, target, id));
            }
        }
        return rows;
    }

    static long createUnit(long memoryId, String sourceLang, String targetLang, String source, String target) {
        Map<String, Object> body = Map.of("memoryId", memoryId, "sourceLang", sourceLang, "targetLang", targetLang,
                "sourceText", source, "targetText", target);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }

    /** Starts a run (202) and waits for it to end; answers the finished run. */
    static JsonPath run(Map<String, Object> request) {
        long id = given().contentType(ContentType.JSON).body(request).when().post("/api/qa/runs")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        return waitFor(id);
    }

    static JsonPath waitFor(long runId) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath run = given().when().get("/api/qa/runs/" + runId).then().statusCode(200).extract().jsonPath();
            String status = run.getString("status");
            if (status.equals("succeeded")) {
                return run;
            }
            if (status.equals("failed")) {
                fail("run " + runId + " failed: " + run.getString("failure"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        throw new AssertionError("run " + runId + " did not finish in time");
    }

    /** Every finding of a run, as check ids by unit id. */
    static Map<Long, Set<String>> checksByUnit(long runId) {
        Map<Long, Set<String>> byUnit = new HashMap<>();
        for (Map<String, Object> f : findings(runId)) {
            byUnit.computeIfAbsent(((Number) f.get("unitId")).longValue(), k -> new HashSet<>()).add((String) f.get("checkId"));
        }
        return byUnit;
    }

    static List<Map<String, Object>> findings(long runId) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = given().queryParam("page", page).queryParam("size", 500)
                    .when().get("/api/qa/runs/" + runId + "/findings").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            all.addAll(items);
            if (all.size() >= json.getLong("total") || items.isEmpty()) {
                return all;
            }
        }
    }
}
