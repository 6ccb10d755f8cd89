package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of write lands in the trail with its memory, its record and the fields it changed. */
@QuarkusTest
class AuditedWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String since = Instant.now().minusSeconds(1).toString();

    @Test
    void glossaryEditsKeepTheConceptAndTermBeforeAndAfter() {
        JsonPath concept = given().contentType(ContentType.JSON)
                .body(Map.of("externalId", "audit-ammo", "subject", "military", "terms", List.of(
                        Map.of("lang", "ar", "text", "ذخيرة", "status", "preferred"),
                        Map.of("lang", "en", "text", "ammo", "status", "preferred"))))
                .when().post("/api/glossary/concepts").then().statusCode(201).extract().jsonPath();
        long id = concept.getLong("id");
        long termId = concept.getLong("terms.find { it.text == 'ammo' }.id");
        given().contentType(ContentType.JSON).body(Map.of("lang", "en", "text", "ammo", "status", "deprecated"))
                .when().put("/api/glossary/concepts/" + id + "/terms/" + termId).then().statusCode(200);
        given().when().delete("/api/glossary/concepts/" + id).then().statusCode(204);

        JsonNode created = entry("POST /api/glossary/concepts", "concept " + id);
        assertEquals(201, created.get("status").asInt());
        assertTrue(created.get("changes").get("before").isNull());
        assertEquals("ذخيرة", created.get("changes").get("after").get("terms").get(0).get("text").asText());
        JsonNode edited = entry("PUT /api/glossary/concepts/" + id + "/terms/" + termId,
                "concept " + id + " term " + termId);
        assertEquals("preferred", edited.get("changes").get("before").get("status").asText());
        assertEquals("deprecated", edited.get("changes").get("after").get("status").asText());
        JsonNode deleted = entry("DELETE /api/glossary/concepts/" + id, "concept " + id);
        assertEquals(204, deleted.get("status").asInt());
        assertEquals("military", deleted.get("changes").get("before").get("subject").asText());
        assertEquals(2, deleted.get("changes").get("before").get("terms").size());
        assertTrue(deleted.get("changes").get("after").isNull());
    }

    @Test
    void aGlossaryImportKeepsItsFileAndCounts() throws IOException {
        byte[] tbx;
        try (InputStream in = getClass().getResourceAsStream("/glossary/tbx-v3-dca.tbx")) {
            tbx = in.readAllBytes();
        }
        given().contentType("application/x-tbx").body(tbx).queryParam("file", "audit-dca.tbx").queryParam("dryRun", true)
                .when().post("/api/glossary/imports").then().statusCode(200);

        JsonNode after = entry("POST /api/glossary/imports", "glossary import audit-dca.tbx").get("changes").get("after");
        assertEquals("audit-dca.tbx", after.get("file").asText());
        assertTrue(after.get("dryRun").asBoolean());
        assertEquals(1, after.get("concepts").asInt());
        assertEquals(4, after.get("terms").asInt());
    }

    @Test
    void ignoringAFindingKeepsTheCheckUnitAndReason() {
        long memory = MemoryResourceTest.createMemory("audit-qa");
        long unit = QaFixture.createUnit(memory, "en", "ar", "Do you want to quit?", "هل تريد الخروج.");
        long run = QaFixture.run(Map.of("memoryId", memory, "only", List.of("punctuation"))).getLong("id");
        long finding = QaFixture.findings(run).stream().map(f -> ((Number) f.get("id")).longValue()).findFirst()
                .orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("reason", "house style"))
                .when().post("/api/qa/findings/" + finding + "/ignore").then().statusCode(200);
        given().when().delete("/api/qa/findings/" + finding + "/ignore").then().statusCode(204);

        JsonNode ignored = entry("POST /api/qa/findings/" + finding + "/ignore", "finding " + finding);
        assertEquals(memory, ignored.get("memoryId").asLong());
        JsonNode mark = ignored.get("changes").get("after");
        assertEquals("punctuation", mark.get("checkId").asText());
        assertEquals(unit, mark.get("unitId").asLong());
        assertEquals("house style", mark.get("reason").asText());
        assertEquals("admin", mark.get("createdBy").asText());
        JsonNode unignored = entry("DELETE /api/qa/findings/" + finding + "/ignore", "finding " + finding);
        assertEquals(204, unignored.get("status").asInt());
        assertEquals("punctuation", unignored.get("changes").get("before").get("checkId").asText());
        assertTrue(unignored.get("changes").get("after").isNull());
    }

    @Test
    void anAlignmentCommitKeepsTheMemoryAndTheUnitsStored() {
        JsonPath job = AlignmentResourceTest.align("وصل الوفد إلى بيروت. بدأت المحادثات صباح الاثنين.",
                "The delegation arrived in Beirut. The talks began on Monday morning.");
        long id = job.getLong("id");
        long pair = job.getLong("pairs[0].id");
        given().when().post("/api/alignments/" + id + "/pairs/" + pair + "/accept").then().statusCode(200);
        long memory = MemoryResourceTest.createMemory("audit-aligned");
        List<Long> units = given().contentType(ContentType.JSON).body(Map.of("memoryId", memory))
                .when().post("/api/alignments/" + id + "/commit").then().statusCode(200).extract().jsonPath()
                .getList("unitIds", Long.class);

        JsonNode accepted = entry("POST /api/alignments/" + id + "/pairs/" + pair + "/accept",
                "alignment job " + id + " pair " + pair);
        assertEquals("accepted", accepted.get("changes").get("after").get("pair").get("status").asText());
        assertEquals(1, accepted.get("changes").get("after").get("counts").get("accepted").asInt());
        JsonNode committed = entry("POST /api/alignments/" + id + "/commit", "alignment job " + id);
        assertEquals(memory, committed.get("memoryId").asLong());
        JsonNode after = committed.get("changes").get("after");
        assertEquals(memory, after.get("memoryId").asLong());
        assertEquals(1, after.get("created").asInt());
        assertEquals(units, JSON.convertValue(after.get("unitIds"), JSON.getTypeFactory()
                .constructCollectionType(List.class, Long.class)));
    }

    @Test
    void memoriesAndImportsKeepWhatTheyMadeAndRemoved() throws Exception {
        long memory = MemoryResourceTest.createMemory("audit-imported");
        long created = TmxFixtures.importOk("policy-v1.tmx", "audit-imported").getLong("created");
        String job = given().contentType("application/xml").body(TmxFixtures.fixture("policy-v2.tmx"))
                .queryParam("memory", memory).queryParam("filename", "job.tmx")
                .when().post("/api/imports").then().statusCode(202).extract().jsonPath().getString("id");
        for (int tries = 0; tries < 200 && !given().get("/api/imports/" + job).then().extract().jsonPath()
                .getString("status").matches("succeeded|failed"); tries++) {
            Thread.sleep(100);
        }
        given().when().delete("/api/memories/" + memory).then().statusCode(204);

        JsonNode made = entry("POST /api/memories", "memory " + memory);
        assertEquals(memory, made.get("memoryId").asLong());
        assertEquals("audit-imported", made.get("changes").get("after").get("name").asText());
        JsonNode sync = entry("POST /api/imports", "import policy-v1.tmx (sync)");
        assertEquals(memory, sync.get("memoryId").asLong());
        assertTrue(created > 0);
        assertEquals(created, sync.get("changes").get("after").get("created").asLong());
        assertEquals("audit-imported", sync.get("changes").get("after").get("memory").asText());
        JsonNode queued = entry("POST /api/imports", "import " + job);
        assertEquals(202, queued.get("status").asInt());
        assertEquals(memory, queued.get("memoryId").asLong());
        assertEquals("job.tmx", queued.get("changes").get("after").get("file").asText());
        JsonNode removed = entry("DELETE /api/memories/" + memory, "memory " + memory);
        assertEquals("audit-imported", removed.get("changes").get("before").get("name").asText());
        assertTrue(removed.get("changes").get("after").isNull());
        // The memory is gone; its id still finds its entries.
        assertEquals(4, given().queryParam("memory", memory).queryParam("since", since).when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getInt("total"));
    }

    /** The admin's one entry since this test began with this action and target. */
    private JsonNode entry(String action, String target) {
        String body = given().queryParam("user", "admin").queryParam("since", since).when().get("/api/audit/export")
                .then().statusCode(200).extract().asString();
        List<JsonNode> found = body.lines().map(AuditedWritesTest::parse)
                .filter(e -> e.get("action").asText().equals(action) && target.equals(e.path("target").asText(null)))
                .toList();
        assertEquals(1, found.size(), () -> action + " on " + target + " in " + body);
        return found.get(0);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }
}
