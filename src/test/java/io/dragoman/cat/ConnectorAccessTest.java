package io.dragoman.cat;

import static io.dragoman.cat.Encodings.form;
import static io.dragoman.cat.TmServerResourceTest.TITLE;
import static io.dragoman.cat.TmServerResourceTest.TITLE_EN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Accounts;
import io.dragoman.api.MemoryAccessTest;
import io.dragoman.api.Memories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connectors read the memory only for someone Dragoman knows: an API token as each tool can
 * carry it (a Bearer header, {@code key=}, {@code /key/TOKEN} in the base URL, MateCat's form
 * field), or a signed-in user. Without one, or with a revoked one, nothing of the memory leaves.
 */
@QuarkusTest
class ConnectorAccessTest {
    private static final String VIRTAAL = "/" + "ar/en/unit/" + Encodings.pythonQuote(TITLE);

    @TestHTTPResource("/")
    URL base;

    private RawHttp.Answer anonymous(String target) throws IOException {
        return RawHttp.anonymous(base.getPort(), target);
    }

    @Test
    void withoutATokenEveryConnectorRefusesAndNamesTheWaysToSendOne() throws IOException {
        RawHttp.Answer tmserver = anonymous("/tmserver" + VIRTAAL);
        assertEquals(401, tmserver.status(), tmserver.body());
        assertTrue(tmserver.body().contains("/key/TOKEN"), tmserver.body());
        assertTrue(tmserver.header("WWW-Authenticate").contains("Bearer"), tmserver.header("WWW-Authenticate"));

        RawHttp.Answer apertium = anonymous("/apertium/translate?q=" + form(TITLE) + "&markUnknown=no&langpair=ar|en&key=");
        assertEquals(401, apertium.status(), apertium.body());
        assertEquals(401, new JsonPath(apertium.body()).getInt("code"));

        RawHttp.Answer mymemory = anonymous("/mymemory/get?q=" + form(TITLE) + "&langpair=ar-SA%7Cen-US");
        assertEquals(200, mymemory.status(), "MyMemory says refusals in its body: " + mymemory.body());
        assertEquals(403, new JsonPath(mymemory.body()).getInt("responseStatus"));
        assertTrue(!mymemory.body().contains(TITLE_EN), mymemory.body());

        RawHttp.Answer feed = anonymous("/export/" + io.dragoman.seed.SeedLoader.MEMORY + ".tmx");
        assertEquals(401, feed.status(), feed.body());
    }

    @Test
    void eachToolCarriesItsTokenItsOwnWay() throws IOException {
        String token = RawHttp.token();
        // Virtaal and Weblate's tmserver: the base URL is all they can be given.
        RawHttp.Answer virtaal = anonymous("/api/v1/key/" + token + "/" + VIRTAAL);
        assertEquals(200, virtaal.status(), virtaal.body());
        assertTrue(virtaal.body().contains(TITLE_EN), virtaal.body());
        RawHttp.Answer weblate = anonymous("/tmserver/memory/" + io.dragoman.seed.SeedLoader.MEMORY + "/key/" + token + VIRTAAL);
        assertTrue(weblate.body().contains(TITLE_EN), weblate.body());
        // OmegaT's Apertium connector: key=.
        RawHttp.Answer omegat = anonymous("/apertium/translate?q=" + form(TITLE) + "&markUnknown=no&langpair=ar|en&key="
                + token);
        assertEquals(TITLE_EN, new JsonPath(omegat.jsonUtf8()).getString("responseData.translatedText"));
        // MateCat: key in the posted form.
        byte[] form = ("q=" + form(TITLE) + "&langpair=ar-SA%7Cen-US&key=" + token).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer matecat = RawHttp.post(base.getPort(), "/mymemory/get", "application/x-www-form-urlencoded", form);
        assertTrue(matecat.body().contains(TITLE_EN), matecat.body());
        // The TMX feed of an OmegaT team project: the repository URL, to which OmegaT appends the file.
        RawHttp.Answer feed = anonymous("/export/key/" + token + "/" + io.dragoman.seed.SeedLoader.MEMORY + ".tmx");
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.body().contains(TITLE_EN), "the feed holds the memory");
        assertEquals(200, anonymous("/export/" + io.dragoman.seed.SeedLoader.MEMORY + ".tmx?key=" + token).status());
    }

    @Test
    void aRevokedTokenNoLongerReads() throws IOException {
        Map<String, Object> made = Accounts.as("cat-revoked", "translator").contentType("application/json")
                .body(Map.of("name", "laptop")).when().post("/api/tokens").then().statusCode(201).extract().as(Map.class);
        String token = (String) made.get("token");
        assertEquals(200, anonymous("/tmserver/key/" + token + VIRTAAL).status());
        Accounts.as("cat-revoked", "translator").when().delete("/api/tokens/" + made.get("id")).then().statusCode(200);
        RawHttp.Answer refused = anonymous("/tmserver/key/" + token + VIRTAAL);
        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.body().contains("expired or been revoked"), refused.body());
        assertEquals(401, anonymous("/apertium/translate?q=x&langpair=ar|en&key=dgm_forged").status());
    }
    @Test
    void aRestrictedMemoryGivesTheTokenOfANonMemberNothing() throws IOException {
        long restricted = Memories.create("cat-restricted-" + System.nanoTime());
        long team = Memories.create("cat-team-" + System.nanoTime());
        try {
            Memories.unit(restricted, MemoryAccessTest.SENTENCE, MemoryAccessTest.RESTRICTED_EN);
            Memories.unit(team, MemoryAccessTest.SENTENCE, MemoryAccessTest.TEAM_EN);
            MemoryAccessTest.restrict(restricted, "cat-member", null);
            String outsider = RawHttp.token();
            String unit = "/ar/en/unit/" + Encodings.pythonQuote(MemoryAccessTest.SENTENCE);

            RawHttp.Answer all = anonymous("/tmserver/key/" + outsider + unit);
            assertEquals(200, all.status(), all.body());
            assertTrue(all.jsonUtf8().contains(MemoryAccessTest.TEAM_EN), all.jsonUtf8());
            assertFalse(all.jsonUtf8().contains(MemoryAccessTest.RESTRICTED_EN), all.jsonUtf8());
            RawHttp.Answer unknown = anonymous("/tmserver/memory/987654321/key/" + outsider + unit);
            RawHttp.Answer named = anonymous("/tmserver/memory/" + restricted + "/key/" + outsider + unit);
            assertEquals(unknown.status(), named.status(), "answered as a memory that does not exist: " + named.body());
            assertFalse(named.body().contains(MemoryAccessTest.RESTRICTED_EN), named.body());
            RawHttp.Answer apertium = anonymous("/apertium/translate?q=" + form(MemoryAccessTest.SENTENCE)
                    + "&markUnknown=no&langpair=ar|en&key=" + outsider);
            assertFalse(apertium.jsonUtf8().contains(MemoryAccessTest.RESTRICTED_EN), apertium.jsonUtf8());
            RawHttp.Answer feed = anonymous("/export/key/" + outsider + "/" + restricted + ".tmx");
            assertEquals(404, feed.status(), feed.body());
            assertFalse(feed.body().contains(MemoryAccessTest.RESTRICTED_EN), feed.body());

            String member = Accounts.as("cat-member", "translator").contentType("application/json")
                    .body(Map.of("name", "OmegaT")).when().post("/api/tokens").then().statusCode(201).extract().path("token");
            RawHttp.Answer mine = anonymous("/tmserver/memory/" + restricted + "/key/" + member + unit);
            assertTrue(mine.jsonUtf8().contains(MemoryAccessTest.RESTRICTED_EN), mine.jsonUtf8());
            assertEquals(200, anonymous("/export/key/" + member + "/" + restricted + ".tmx").status());

            // MateCat's set: only a member with write stores into the memory.
            String pair = "seg=" + form("قرار اللجنة السرية") + "&tra=" + form("the closed committee's decision")
                    + "&langpair=ar-SA%7Cen-US&key=";
            RawHttp.Answer refused = RawHttp.anonymousPost(base.getPort(), "/mymemory/memory/" + restricted + "/set",
                    "application/x-www-form-urlencoded", (pair + outsider).getBytes(StandardCharsets.US_ASCII));
            assertEquals(404, new JsonPath(refused.jsonUtf8()).getInt("responseStatus"), refused.body());
            RawHttp.Answer stored = RawHttp.anonymousPost(base.getPort(), "/mymemory/memory/" + restricted + "/set",
                    "application/x-www-form-urlencoded", (pair + member).getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, new JsonPath(stored.jsonUtf8()).getInt("responseStatus"), stored.body());
            io.restassured.RestAssured.given().queryParam("memory", restricted).when().get("/api/units").then()
                    .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(2));
        } finally {
            Memories.delete(restricted);
            Memories.delete(team);
        }
    }
}
