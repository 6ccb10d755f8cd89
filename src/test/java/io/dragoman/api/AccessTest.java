package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in, roles, API tokens, the page's session and its CSRF proof, and throttled guessing. */
@QuarkusTest
class AccessTest {
    @Inject
    EntityManager em;

    private static final Map<String, Object> UNIT = Map.of("sourceLang", "ar", "targetLang", "en",
            "sourceText", "المجلس الأعلى", "targetText", "the supreme council");

    @Test
    void refusesARequestWithoutCredentialsWithAChallenge() {
        given().auth().none().when().get("/api/memories").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Basic realm=\"Dragoman\""))
                .body("status", equalTo(401)).body("title", equalTo("Not signed in"));
        // The page asks with X-Requested-With: no Basic challenge, so the browser shows no dialog of its own.
        given().auth().none().header("X-Requested-With", "fetch").when().get("/api/memories").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"Dragoman\""));
        given().auth().none().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void refusesAWrongPassword() {
        given().auth().none().header("Authorization", AdminCredentials.basic("admin", "not-the-password"))
                .when().get("/api/memories").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aTranslatorMayAddUnitsButNotMemories() {
        long memory = MemoryResourceTest.createMemory("translator-rights");
        Accounts.as("hala", "translator").contentType(ContentType.JSON).body(Map.of("name", "hala-own"))
                .when().post("/api/memories").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Forbidden"));
        Accounts.as("hala", "translator").contentType(ContentType.JSON).body(withMemory(memory))
                .when().post("/api/units").then().statusCode(201).body("createdBy", equalTo("hala"));
        Accounts.as("hala", "translator").when().get("/api/users").then().statusCode(403);
    }

    @Test
    void theUserHeaderIsRefused() {
        given().contentType(ContentType.JSON).header("X-Dragoman-User", "someone-else")
                .body(withMemory(MemoryResourceTest.createMemory("header-refused")))
                .when().post("/api/units").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("X-Dragoman-User"));
    }

    @Test
    void aTokenActsForItsOwnerWithinItsCeilingUntilRevoked() {
        Accounts.ensure("karim", "reviewer");
        String token = Accounts.as("karim", "reviewer").contentType(ContentType.JSON)
                .body(Map.of("name", "cat tool", "role", "translator"))
                .when().post("/api/tokens").then().statusCode(201)
                .body("token", containsString("dgm_")).body("role", equalTo("translator"))
                .body("expiresAt", notNullValue())
                .extract().jsonPath().getString("token");
        long memory = MemoryResourceTest.createMemory("token-writes");
        long id = Accounts.bearer(token).contentType(ContentType.JSON).body(withMemory(memory))
                .when().post("/api/units").then().statusCode(201).body("createdBy", equalTo("karim"))
                .extract().jsonPath().getLong("id");
        // Karim reviews, but the token is capped at translator: deleting is a reviewer's.
        Accounts.bearer(token).when().delete("/api/units/" + id).then().statusCode(403);
        // A token capped at translator cannot mint a reviewer's token, though its owner is a reviewer.
        Accounts.bearer(token).contentType(ContentType.JSON).body(Map.of("name", "escalate", "role", "reviewer"))
                .when().post("/api/tokens").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("role"));
        Accounts.bearer(token).contentType(ContentType.JSON).body(Map.of("name", "same"))
                .when().post("/api/tokens").then().statusCode(201).body("role", equalTo("translator"));

        Accounts.as("karim", "reviewer").when().get("/api/tokens").then().statusCode(200)
                .body("find { it.name == 'cat tool' }.lastUsedAt", notNullValue())
                .body("find { it.name == 'cat tool' }.token", nullValue());
        long tokenId = Accounts.as("karim", "reviewer").when().get("/api/tokens").then()
                .extract().jsonPath().getLong("find { it.name == 'cat tool' }.id");
        // Only the owner revokes it: to another user it does not exist.
        given().when().delete("/api/tokens/" + tokenId).then().statusCode(404);
        Accounts.as("karim", "reviewer").when().delete("/api/tokens/" + tokenId).then().statusCode(200)
                .body("revokedAt", notNullValue());
        Accounts.bearer(token).when().get("/api/memories").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        Accounts.bearer("dgm_made-up").when().get("/api/memories").then().statusCode(401);
    }

    @Test
    void aTokenCannotRiseAboveItsOwner() {
        Accounts.as("lina", "translator").contentType(ContentType.JSON).body(Map.of("name", "ci", "role", "admin"))
                .when().post("/api/tokens").then().statusCode(400).body("violations[0].field", equalTo("role"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        var made = given().contentType(ContentType.JSON).body(Map.of("name", "short"))
                .when().post("/api/tokens").then().statusCode(201).extract().jsonPath();
        String token = made.getString("token");
        Accounts.bearer(token).when().get("/api/memories").then().statusCode(200);
        // Its time runs out: moved into the past in the database rather than waited for.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update api_token set expires_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter(2, made.getLong("id")).executeUpdate());
        Accounts.bearer(token).when().get("/api/memories").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("name", "past", "expiresAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/tokens").then().statusCode(400).body("violations[0].field", equalTo("expiresAt"));
    }

    @Test
    void aDisabledUserIsSignedOut() {
        Accounts.as("samir", "translator").when().get("/api/memories").then().statusCode(200);
        long id = given().when().get("/api/users").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.username == 'samir' }.id");
        given().contentType(ContentType.JSON).body(Map.of("disabled", true)).when().patch("/api/users/" + id)
                .then().statusCode(200).body("disabled", equalTo(true)).body("passwordHash", nullValue());
        Accounts.as("samir", "translator").when().get("/api/memories").then().statusCode(401);
    }

    @Test
    void thePageSessionIsACookieAndItsWritesNeedTheCsrfHeader() {
        Accounts.ensure("nour", "translator");
        var signIn = given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", "nour", "password", Accounts.PASSWORD))
                .when().post("/api/session").then().statusCode(200).body("role", equalTo("translator")).extract();
        String setCookie = String.join("\n", signIn.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.matches("(?s).*dragoman_session=[^;]+;.*HttpOnly.*"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Max-Age=-1"), setCookie);
        String session = signIn.cookie("dragoman_session");
        String csrf = signIn.cookie("dragoman_csrf");

        given().auth().none().cookie("dragoman_session", session).when().get("/api/session").then().statusCode(200)
                .body("username", equalTo("nour"));
        long memory = MemoryResourceTest.createMemory("session-writes");
        given().auth().none().cookie("dragoman_session", session).cookie("dragoman_csrf", csrf)
                .contentType(ContentType.JSON).body(withMemory(memory))
                .when().post("/api/units").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("X-CSRF-Token"));
        given().auth().none().cookie("dragoman_session", session).cookie("dragoman_csrf", csrf)
                .header("X-CSRF-Token", csrf).contentType(ContentType.JSON).body(withMemory(memory))
                .when().post("/api/units").then().statusCode(201).body("createdBy", equalTo("nour"));

        given().auth().none().cookie("dragoman_session", session).cookie("dragoman_csrf", csrf)
                .header("X-CSRF-Token", csrf).when().delete("/api/session").then().statusCode(204);
        given().auth().none().cookie("dragoman_session", session).when().get("/api/session").then().statusCode(401);
    }

    @Test
    void aSignInDeletesEndedSessionsButKeepsLiveOnesAndApiTokens() {
        Accounts.ensure("widad", "translator");
        String expired = signInCookie("widad");
        String signedOut = signInCookie("widad");
        String live = signInCookie("widad");
        long token = Accounts.as("widad", "translator").contentType(ContentType.JSON).body(Map.of("name", "old ci"))
                .when().post("/api/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update api_token set expires_at = ?1"
                        + " where token_hash = ?2 or id = ?3").setParameter(1, past)
                .setParameter(2, io.dragoman.account.Secrets.sha256(expired)).setParameter(3, token).executeUpdate());
        given().auth().none().cookie("dragoman_session", signedOut).cookie("dragoman_csrf", "c").header("X-CSRF-Token", "c")
                .when().delete("/api/session").then().statusCode(204);
        assertTrue(sessionStored(expired) && sessionStored(signedOut), "ended sessions stay until someone signs in");

        signInCookie("widad-colleague");
        assertFalse(sessionStored(expired), "expired");
        assertFalse(sessionStored(signedOut), "signed out");
        assertTrue(sessionStored(live), "still in use");
        given().auth().none().cookie("dragoman_session", live).when().get("/api/session").then().statusCode(200);
        // An expired API token stays listed for its owner.
        Accounts.as("widad", "translator").when().get("/api/tokens").then().statusCode(200)
                .body("find { it.id == " + token + " }.name", equalTo("old ci"));
    }

    private static String signInCookie(String username) {
        Accounts.ensure(username, "translator");
        return given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Accounts.PASSWORD))
                .when().post("/api/session").then().statusCode(200).extract().cookie("dragoman_session");
    }

    private boolean sessionStored(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from api_token where token_hash = ?1")
                .setParameter(1, io.dragoman.account.Secrets.sha256(secret)).getSingleResult()).longValue() == 1);
    }

    @Test
    void guessingAPasswordIsSlowedForThatAccount() {
        Accounts.ensure("guessed", "translator");
        Accounts.ensure("bystander", "translator");
        for (int i = 0; i < 5; i++) {
            given().auth().none().header("Authorization", AdminCredentials.basic("guessed", "guess-" + i))
                    .when().get("/api/memories").then().statusCode(401);
        }
        // Now even the right password waits: the guesser cannot tell a hit from a refusal.
        var refused = Accounts.as("guessed", "translator").when().get("/api/memories").then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE).header("Retry-After", notNullValue()).extract();
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
        given().auth().none().contentType(ContentType.JSON).body(Map.of("username", "guessed", "password", "again"))
                .when().post("/api/session").then().statusCode(429);
        Accounts.as("bystander", "translator").when().get("/api/memories").then().statusCode(200);
    }

    static Map<String, Object> withMemory(long memory) {
        Map<String, Object> unit = new java.util.HashMap<>(UNIT);
        unit.put("memoryId", memory);
        return unit;
    }

    @Test
    void theAuditTrailIsForAdmins() {
        Accounts.as("hana", "translator").when().get("/api/audit").then().statusCode(403);
        assertEquals(200, given().when().get("/api/audit").then().extract().statusCode());
    }
}
