package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail: who changed what, through which token, from which node; refusals too; JSON lines. */
@QuarkusTest
class AuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUnitEditIsRecordedWithItsAuthorTokenAndBeforeAndAfter() throws Exception {
        long memory = MemoryResourceTest.createMemory("audited");
        long id = Accounts.as("yara", "translator").contentType(ContentType.JSON).body(AccessTest.withMemory(memory))
                .when().post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = Accounts.as("yara", "translator").contentType(ContentType.JSON).body(Map.of("name", "cat"))
                .when().post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        long tokenId = Accounts.as("yara", "translator").when().get("/api/tokens").then().extract().jsonPath()
                .getLong("find { it.name == 'cat' }.id");
        Map<String, Object> edited = AccessTest.withMemory(memory);
        edited.put("targetText", "the higher council");
        edited.put("version", 0);
        Accounts.bearer(token).contentType(ContentType.JSON).body(edited).when().put("/api/units/" + id)
                .then().statusCode(200);

        JsonPath trail = given().queryParam("user", "yara").queryParam("memory", memory).when().get("/api/audit")
                .then().statusCode(200).body("total", equalTo(2)).extract().jsonPath();
        assertEquals("PUT /api/units/" + id, trail.getString("items[0].action"), "newest first");
        assertEquals(tokenId, trail.getLong("items[0].tokenId"));
        assertEquals(200, trail.getInt("items[0].status"));
        assertFalse(trail.getString("items[0].node").isBlank());
        assertEquals("the supreme council", trail.getString("items[0].changes.before.targetText"));
        assertEquals("the higher council", trail.getString("items[0].changes.after.targetText"));
        assertEquals("POST /api/units", trail.getString("items[1].action"));
        assertTrue(trail.get("items[1].changes.before") == null);

        // By name too, and nothing after a date to come.
        given().queryParam("user", "yara").queryParam("memory", "audited").when().get("/api/audit")
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("since", "2999-01-01").when().get("/api/audit").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("since", "yesterday").when().get("/api/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("since"));
    }

    @Test
    void aRefusedWriteIsRecordedAndTokensNeverAre() throws Exception {
        Accounts.as("zaid", "translator").contentType(ContentType.JSON).body(Map.of("name", "zaid-own"))
                .when().post("/api/memories").then().statusCode(403);
        Accounts.as("zaid", "translator").contentType(ContentType.JSON).body(Map.of("name", "ci"))
                .when().post("/api/tokens").then().statusCode(201);
        // A refusal before the resource is written off the request thread: give it a moment.
        List<JsonNode> lines = List.of();
        for (int tries = 0; tries < 50 && lines.stream().noneMatch(l -> l.get("status").asInt() == 403); tries++) {
            Thread.sleep(100);
            String body = given().queryParam("user", "zaid").when().get("/api/audit/export").then().statusCode(200)
                    .contentType("application/jsonl").extract().asString();
            lines = body.lines().map(AuditTest::parse).toList();
        }
        assertTrue(lines.stream().anyMatch(l -> l.get("status").asInt() == 403
                && l.get("action").asText().equals("POST /api/memories")), lines.toString());
        JsonNode made = lines.stream().filter(l -> l.get("action").asText().equals("POST /api/tokens")).findFirst()
                .orElseThrow();
        assertEquals("ci", made.get("changes").get("after").get("name").asText());
        assertFalse(made.toString().contains("dgm_"), "the token's secret is not in the trail: " + made);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
