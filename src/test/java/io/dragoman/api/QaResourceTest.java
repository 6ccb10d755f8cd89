package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** QA over HTTP on the fixture memory: every check's true and tempting false positives, runs, ignoring. */
@QuarkusTest
class QaResourceTest {
    private static long memoryId;
    private static List<QaFixture.Row> rows;

    static JsonPath fixtureRun() throws Exception {
        QaFixture.Shared shared = QaFixture.shared();
        memoryId = shared.memoryId();
        rows = shared.rows();
        return shared.run();
    }

    static long fixtureRunId() throws Exception {
        return fixtureRun().getLong("id");
    }

    @Test
    void everyCheckFlagsItsTruePositivesAndLeavesTheTemptingPairsAlone() throws Exception {
        Map<Long, Set<String>> found = QaFixture.checksByUnit(fixtureRunId());
        List<String> wrong = new ArrayList<>();
        for (QaFixture.Row row : rows) {
            boolean flagged = found.getOrDefault(row.unitId(), Set.of()).contains(row.check());
            if (flagged != row.flag()) {
                wrong.add((row.flag() ? "missed " : "false alarm ") + row.check() + ": " + row.source() + " → " + row.target());
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        Map<String, Long> truePositives = rows.stream().filter(QaFixture.Row::flag)
                .collect(Collectors.groupingBy(QaFixture.Row::check, Collectors.counting()));
        Map<String, Long> tempting = rows.stream().filter(r -> !r.flag())
                .collect(Collectors.groupingBy(QaFixture.Row::check, Collectors.counting()));
        List<String> checks = given().when().get("/api/qa/checks").then().statusCode(200).extract().jsonPath().getList("id");
        for (String check : checks) {
            assertTrue(truePositives.getOrDefault(check, 0L) >= 2, "two true positives for " + check);
            assertTrue(tempting.getOrDefault(check, 0L) >= 2, "two tempting pairs for " + check);
        }
    }

    @Test
    void aRunReportsProgressCountsAndFiltersFindings() throws Exception {
        JsonPath run = fixtureRun();
        assertEquals(rows.size(), run.getInt("unitsTotal"));
        assertEquals(rows.size(), run.getInt("unitsChecked"));
        assertEquals(1.0, run.getDouble("progress"));
        assertEquals("succeeded", run.getString("status"));
        assertEquals("succeeded", run.getString("job.status"));
        assertEquals("units", run.getString("job.progress.unit"));
        assertEquals(rows.size(), run.getInt("job.progress.done"));
        assertEquals(run.getString("createdAt"), run.getString("job.createdAt"));
        assertTrue(run.getList("checks").contains("inconsistent-source"));
        assertTrue(run.getList("checks").contains("length-ratio"));
        long runId = run.getLong("id");
        int placeholders = run.getInt("counts.'placeholder-mismatch'.error");
        given().queryParam("check", "placeholder-mismatch").queryParam("severity", "error")
                .when().get("/api/qa/runs/" + runId + "/findings")
                .then().statusCode(200)
                .body("total", equalTo(placeholders))
                .body("items.checkId", hasItem("placeholder-mismatch"))
                .body("items[0].type", equalTo("markup"))
                .body("items[0].sourceSpans[0].start", notNullValue());
        given().queryParam("check", "term-missing")
                .when().get("/api/qa/runs/" + runId + "/findings")
                .then().statusCode(200)
                .body("items.suggestion", hasItem("peacekeeping force"));
        given().queryParam("size", 2).when().get("/api/qa/runs/" + runId + "/findings")
                .then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(run.getInt("findings")));
    }

    @Test
    void aRunOverSeveralPagesStoresEveryPagesFindingsOnce() {
        // 4,100 units: three pages of the reader, stored on the writer while the next is checked;
        // imported in files of 2,000 units at most, the test profile's limit.
        int size = 4_100;
        for (int from = 1; from <= size; from += 2_000) {
            StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                    + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\""
                    + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
            for (int i = from; i < from + 2_000 && i <= size; i++) {
                // Every hundredth source has a placeholder its translation lost.
                String source = i % 100 == 0 ? "Delete %s from shelf " + i : "Delete the book from shelf " + i;
                tmx.append("<tu><tuv xml:lang=\"en\"><seg>").append(source).append("</seg></tuv><tuv xml:lang=\"ar\"><seg>")
                        .append("احذف الكتاب من الرف ").append(i).append("</seg></tuv></tu>\n");
            }
            tmx.append("</body></tmx>\n");
            TmxFixtures.importSync(tmx.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "pages.tmx",
                    "qa-pages", Map.of()).statusCode(200);
        }
        long memory = TmxFixtures.memoryId("qa-pages");

        JsonPath run = QaFixture.run(Map.of("memoryId", memory, "only", List.of("placeholder-mismatch")));
        assertEquals(size, run.getInt("unitsTotal"));
        assertEquals(size, run.getInt("unitsChecked"));
        List<Map<String, Object>> findings = QaFixture.findings(run.getLong("id"));
        assertEquals(size / 100, findings.size());
        assertEquals(size / 100, run.getInt("findings"));
        assertEquals(findings.size(), findings.stream().map(f -> f.get("id")).distinct().count());
        assertTrue(findings.stream().allMatch(f -> ((String) f.get("sourceText")).contains("%s")), findings::toString);
        assertEquals(size / 100, findings.stream().map(f -> f.get("unitId")).distinct().count());
    }

    @Test
    void startingARunAnswersAtOnceWithALocation() throws Exception {
        fixtureRun();
        given().contentType(ContentType.JSON).body(Map.of("memoryId", memoryId, "only", List.of("whitespace")))
                .when().post("/api/qa/runs")
                .then().statusCode(202)
                .header("Location", containsString("/api/qa/runs/"))
                .body("status", org.hamcrest.Matchers.oneOf("queued", "running", "succeeded"))
                .body("job.kind", equalTo("qa-run"))
                .body("checks", equalTo(List.of("whitespace")));
    }

    @Test
    void listsRunsOfOneStatusReadingTheOldWordForSucceeded() throws Exception {
        long runId = fixtureRunId();
        for (String word : List.of("succeeded", "SUCCEEDED", "done")) {
            given().queryParam("status", word).queryParam("size", 100).when().get("/api/qa/runs")
                    .then().statusCode(200).body("items.id", hasItem((int) runId))
                    .body("items.status", everyItem(equalTo("succeeded")));
        }
        given().queryParam("status", "failed").queryParam("size", 100).when().get("/api/qa/runs")
                .then().statusCode(200).body("items.id", not(hasItem((int) runId)));
        given().queryParam("status", "finished").when().get("/api/qa/runs")
                .then().statusCode(400).body("violations[0].field", equalTo("status"))
                .body("detail", containsString("queued, running, succeeded or failed"));
    }

    @Test
    void anIgnoredFindingStaysAwayUntilTheUnitChanges() throws Exception {
        fixtureRun();
        QaFixture.Row quit = rows.stream().filter(r -> r.source().equals("Do you want to quit?")).findFirst().orElseThrow();
        Map<String, Object> only = Map.of("memoryId", memoryId, "only", List.of("punctuation"));
        long first = QaFixture.run(only).getLong("id");
        long findingId = QaFixture.findings(first).stream().filter(f -> ((Number) f.get("unitId")).longValue() == quit.unitId())
                .map(f -> ((Number) f.get("id")).longValue()).findFirst().orElseThrow();
        Accounts.as("reviewer", "reviewer").contentType(ContentType.JSON)
                .body(Map.of("reason", "a statement in this product's style"))
                .when().post("/api/qa/findings/" + findingId + "/ignore")
                .then().statusCode(200).body("checkId", equalTo("punctuation")).body("createdBy", equalTo("reviewer"));

        JsonPath second = QaFixture.run(only);
        assertTrue(second.getInt("ignored") >= 1);
        assertFalse(QaFixture.checksByUnit(second.getLong("id")).containsKey(quit.unitId()));

        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memoryId, "sourceLang", "en", "targetLang", "ar",
                        "sourceText", quit.source(), "targetText", "هل تريد الخروج!"))
                .when().put("/api/units/" + quit.unitId()).then().statusCode(200);
        JsonPath third = QaFixture.run(only);
        assertTrue(QaFixture.checksByUnit(third.getLong("id")).containsKey(quit.unitId()), "an edited unit is checked again");

        given().when().delete("/api/qa/findings/" + findingId + "/ignore").then().statusCode(204);
        given().when().delete("/api/qa/findings/" + findingId + "/ignore").then().statusCode(404);
    }

    @Test
    void checksOnePairLive() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLang", "ar", "targetLang", "en", "sourceText", "بلغ التمويل ٣٫٨ مليار دولار لقوة حفظ السلام",
                        "targetText", "Funding reached 38 billion dollars for the peace force", "enable", List.of("term-missing")))
                .when().post("/api/qa/check")
                .then().statusCode(200)
                .body("checkId", hasItem("number-mismatch"))
                .body("checkId", hasItem("term-missing"))
                .body("find { it.checkId == 'number-mismatch' }.severity", equalTo("error"))
                .body("find { it.checkId == 'number-mismatch' }.sourceSpans[0].start", equalTo(12))
                .body("find { it.checkId == 'term-missing' }.suggestion", equalTo("peacekeeping force"));
    }

    @Test
    void aLiveCheckRunsTermMissingByDefaultWhileRunsDoNot() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLang", "ar", "targetLang", "en", "sourceText", "ولقوة حفظ السلام دور",
                        "targetText", "a security team has a role"))
                .when().post("/api/qa/check")
                .then().statusCode(200)
                // Other tests may add concepts for the same words; the curated one must be among them.
                .body("checkId", everyItem(equalTo("term-missing")))
                .body("suggestion", hasItem("peacekeeping force"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLang", "ar", "targetLang", "en", "sourceText", "ولقوة حفظ السلام دور",
                        "targetText", "a security team has a role", "disable", List.of("term-missing")))
                .when().post("/api/qa/check")
                .then().statusCode(200).body("$", hasSize(0));
        given().when().get("/api/qa/checks").then().statusCode(200)
                .body("find { it.id == 'term-missing' }.enabledByDefault", equalTo(false))
                .body("find { it.id == 'term-missing' }.enabledForPairsByDefault", equalTo(true))
                .body("find { it.id == 'length-ratio' }.enabledForPairsByDefault", equalTo(false))
                .body("find { it.id == 'number-mismatch' }.enabledForPairsByDefault", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("contains", "no unit reads like this"))
                .when().post("/api/qa/runs")
                .then().statusCode(202).body("checks", not(hasItem("term-missing")))
                .body("checks", hasItem("number-mismatch"));
    }

    @Test
    void aLiveCheckComparesWithTheMemorysUnitsOfTheSameSource() throws Exception {
        fixtureRun();
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLang", "en", "targetLang", "ar", "sourceText", "Open file", "targetText", "فتح ملف",
                        "memoryId", memoryId))
                .when().post("/api/qa/check")
                .then().statusCode(200)
                .body("checkId", equalTo(List.of("inconsistent-target")))
                .body("[0].message", containsString("«افتح ملفًا» ×1 (most used)"));
    }

    @Test
    void refusesUnknownChecksThresholdsAndRuns() {
        given().contentType(ContentType.JSON).body(Map.of("enable", List.of("spelling"), "thresholds", Map.of("length-ratio.zz", 3)))
                .when().post("/api/qa/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("enable[0]"))
                .body("violations.field", hasItem("thresholds.length-ratio.zz"));
        given().contentType(ContentType.JSON).body(Map.of("memoryId", 987654))
                .when().post("/api/qa/runs")
                .then().statusCode(400).body("violations[0].field", equalTo("memoryId"));
        given().when().get("/api/qa/runs/987654").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/qa/runs/987654/report?format=html").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/qa/findings/987654/ignore").then().statusCode(404);
    }

    @Test
    void thresholdsChangeWhatIsFound() throws Exception {
        fixtureRun();
        JsonPath strict = QaFixture.run(Map.of("memoryId", memoryId, "only", List.of("length-ratio"),
                "thresholds", Map.of("length-ratio.z", 1000.0)));
        assertEquals(0, strict.getInt("findings"));
    }
}
