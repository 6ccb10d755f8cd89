package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A memory an admin marks public is read without signing in (lookup, concordance, its units, its
 * TMX); every other memory, every listing of all memories, the glossary and every write still need
 * a signed-in user, and the refusal is 401 whether the memory named exists or not.
 */
@QuarkusTest
class PublicMemoryTest {
    private static final String SENTENCE = "نشرت الأمم المتحدة تقريرها العلني عن قوة حفظ السلام";
    private static final String PUBLIC_EN = "The United Nations published its open report on the peacekeeping force";
    private static final String TEAM_EN = "The UN released its public report about the peacekeeping force";

    @Test
    void aPublicMemoryIsReadWithoutSigningInAndNothingElseIs() {
        String name = "open-reports-" + System.nanoTime();
        long open = Memories.create(name);
        long team = Memories.create("team-reports-" + System.nanoTime());
        try {
            long unit = Memories.unit(open, SENTENCE, PUBLIC_EN);
            long teamUnit = Memories.unit(team, SENTENCE, TEAM_EN);
            given().contentType(ContentType.JSON).body(Map.of("access", "public"))
                    .when().put("/api/memories/" + open + "/access").then().statusCode(200).body("access", equalTo("public"));

            JsonPath lookup = nobody().queryParam("q", SENTENCE).queryParam("memory", name).when().get("/api/lookup")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(PUBLIC_EN, lookup.getString("matches[0].target"));
            assertEquals(List.of(open), lookup.getList("matches.memoryId", Long.class));
            assertEquals(List.of(), lookup.getList("terms"), "the glossary is for signed-in users");
            assertFalse(given().queryParam("q", SENTENCE).queryParam("memory", name).when().get("/api/lookup").then()
                    .extract().jsonPath().getList("terms").isEmpty(), "signed in, the same lookup shows the terms");
            nobody().queryParam("q", "تقريرها العلني").queryParam("memory", open).when().get("/api/concordance").then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].unitId", equalTo((int) unit));
            nobody().queryParam("memory", open).when().get("/api/units").then().statusCode(200).body("total", equalTo(1));
            nobody().when().get("/api/units/" + unit).then().statusCode(200).body("targetText", equalTo(PUBLIC_EN));
            String tmx = nobody().queryParam("memory", name).when().get("/api/exports/tmx").then().statusCode(200)
                    .extract().asString();
            assertTrue(tmx.contains(PUBLIC_EN) && !tmx.contains(TEAM_EN), tmx);

            // Everything else: 401, the same for a team memory and for one that does not exist.
            for (RequestSpecification refused : List.of(
                    nobody().queryParam("q", SENTENCE).basePath("/api/lookup"),
                    nobody().queryParam("q", SENTENCE).queryParam("memory", team).basePath("/api/lookup"),
                    nobody().queryParam("q", SENTENCE).queryParam("memory", "no-such-memory").basePath("/api/lookup"),
                    nobody().queryParam("q", "تقريرها العلني").basePath("/api/concordance"),
                    nobody().basePath("/api/units"),
                    nobody().basePath("/api/units/" + teamUnit),
                    nobody().basePath("/api/exports/tmx"),
                    nobody().queryParam("memory", team).basePath("/api/exports/tmx"),
                    nobody().basePath("/api/memories"),
                    nobody().basePath("/api/glossary/concepts"))) {
                refused.when().get().then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                        .header("WWW-Authenticate", containsString("Basic"));
            }
            // The page asks with X-Requested-With: no Basic challenge, so no password dialog of the browser's own.
            nobody().header("X-Requested-With", "fetch").queryParam("q", SENTENCE).when().get("/api/lookup").then()
                    .statusCode(401).header("WWW-Authenticate", equalTo("Bearer realm=\"Dragoman\""));
            // A wrong password is refused, not read as nobody.
            given().auth().none().header("Authorization", AdminCredentials.basic("admin", "not-the-password"))
                    .queryParam("q", SENTENCE).queryParam("memory", open).when().get("/api/lookup").then().statusCode(401);

            // Writes still need a role: nothing is added to the public memory.
            nobody().contentType(ContentType.JSON).body(Map.of("memoryId", open, "sourceLang", "ar", "targetLang", "en",
                    "sourceText", "تقرير آخر", "targetText", "another report")).when().post("/api/units").then().statusCode(401);
            given().queryParam("memory", open).when().get("/api/units").then().body("total", equalTo(1));

            // A translator exports the public memory too, but a team memory's export stays an admin's.
            Accounts.as("tamer", "translator").queryParam("memory", open).when().get("/api/exports/tmx").then().statusCode(200);
            Accounts.as("tamer", "translator").queryParam("memory", team).when().get("/api/exports/tmx").then().statusCode(403)
                    .contentType(Problem.MEDIA_TYPE);
            Accounts.as("tamer", "translator").when().get("/api/memories").then().statusCode(200)
                    .body("find { it.id == " + open + " }.access", equalTo("public"));

            // Back to the team: closed again at once.
            given().contentType(ContentType.JSON).body(Map.of("access", "team"))
                    .when().put("/api/memories/" + open + "/access").then().statusCode(200);
            nobody().queryParam("q", SENTENCE).queryParam("memory", open).when().get("/api/lookup").then().statusCode(401);
            nobody().when().get("/api/units/" + unit).then().statusCode(401);
        } finally {
            Memories.delete(open);
            Memories.delete(team);
        }
    }

    private static RequestSpecification nobody() {
        return given().auth().none();
    }
}
