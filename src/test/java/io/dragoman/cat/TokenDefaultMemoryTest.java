package io.dragoman.cat;

import static io.dragoman.cat.Encodings.form;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Accounts;
import io.dragoman.api.Memories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token made for one project's CAT tool carries that project's memory: a tool that can only be
 * given a server address reads it, and MateCat's set writes into it, while a request that names a
 * memory still gets the one it names.
 */
@QuarkusTest
class TokenDefaultMemoryTest {
    private static final String SENTENCE = "وافقت اللجنة على خطة التمويل الجديدة";
    private static final String PROJECT_EN = "The committee approved the new funding plan";
    private static final String OTHER_EN = "The committee agreed to the new financing plan";

    @TestHTTPResource("/")
    URL base;

    private static String tokenFor(String memory) {
        return Accounts.as("default-memory-user", "translator").contentType("application/json")
                .body(Map.of("name", "OmegaT, project " + memory, "memory", memory)).when().post("/api/tokens")
                .then().statusCode(201).body("memory", equalTo(memory)).extract().path("token");
    }

    @Test
    void aToolThatNamesNoMemoryReadsAndWritesItsTokensMemory() throws IOException {
        String projectName = "default-project-" + System.nanoTime();
        long project = Memories.create(projectName);
        long other = Memories.create("default-other-" + System.nanoTime());
        try {
            Memories.unit(project, SENTENCE, PROJECT_EN);
            Memories.unit(other, SENTENCE, OTHER_EN);
            String token = tokenFor(projectName);
            Accounts.bearer(token).when().get("/api/tokens").then().statusCode(200)
                    .body("memoryId", hasItem((int) project));

            String unit = "/ar/en/unit/" + Encodings.pythonQuote(SENTENCE);
            String virtaal = RawHttp.anonymous(base.getPort(), "/tmserver/key/" + token + unit).jsonUtf8();
            assertTrue(virtaal.contains(PROJECT_EN), virtaal);
            assertFalse(virtaal.contains(OTHER_EN), "the other memory stays out: " + virtaal);
            String named = RawHttp.anonymous(base.getPort(), "/tmserver/memory/" + other + "/key/" + token + unit)
                    .jsonUtf8();
            assertTrue(named.contains(OTHER_EN), "a memory the tool names wins: " + named);
            String omegat = RawHttp.anonymous(base.getPort(), "/apertium/translate?q=" + form(SENTENCE)
                    + "&markUnknown=no&langpair=ar|en&key=" + token).jsonUtf8();
            assertEquals(PROJECT_EN, new JsonPath(omegat).getString("responseData.translatedText"), omegat);
            String bearer = RawHttp.anonymous(base.getPort(), "/mymemory/get?q=" + form(SENTENCE)
                    + "&langpair=ar-SA%7Cen-US", "Authorization: Bearer " + token).jsonUtf8();
            assertTrue(bearer.contains(PROJECT_EN) && !bearer.contains(OTHER_EN), bearer);

            byte[] set = ("seg=" + form("أقرت اللجنة الميزانية") + "&tra=" + form("The committee passed the budget")
                    + "&langpair=ar-SA%7Cen-US&key=" + token).getBytes(StandardCharsets.US_ASCII);
            RawHttp.Answer stored = RawHttp.anonymousPost(base.getPort(), "/mymemory/set",
                    "application/x-www-form-urlencoded", set);
            assertEquals(200, new JsonPath(stored.jsonUtf8()).getInt("responseStatus"), stored.body());
            RestAssured.given().queryParam("memory", project).when().get("/api/units").then().statusCode(200)
                    .body("total", equalTo(2));
            RestAssured.given().queryParam("memory", other).when().get("/api/units").then().statusCode(200)
                    .body("total", equalTo(1));

            Memories.delete(project);
            String after = RawHttp.anonymous(base.getPort(), "/tmserver/key/" + token + unit).jsonUtf8();
            assertTrue(after.contains(OTHER_EN), "once its memory is deleted the token reads every memory: " + after);
        } finally {
            Memories.delete(project);
            Memories.delete(other);
        }
    }

    @Test
    void aTokenCannotDefaultToAMemoryItsOwnerCannotRead() {
        Accounts.as("default-memory-user", "translator").contentType("application/json")
                .body(Map.of("name", "typo", "memory", "no-such-memory-" + System.nanoTime())).when().post("/api/tokens")
                .then().statusCode(404).contentType("application/problem+json").body("detail",
                        org.hamcrest.Matchers.containsString("memory"));
        Accounts.as("default-memory-user", "translator").contentType("application/json")
                .body(Map.of("name", "no default")).when().post("/api/tokens")
                .then().statusCode(201).body("memory", nullValue()).body("memoryId", nullValue());
    }
}
