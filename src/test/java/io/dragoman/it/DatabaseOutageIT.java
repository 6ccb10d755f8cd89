package io.dragoman.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database a team's nodes share goes away mid-run (its host dies, the network between them
 * is cut) and comes back: while it is away the node says so (503 problem+json with Retry-After,
 * readiness DOWN so a load balancer stops sending it work) and writes nothing; when it is back the
 * node serves again by itself, with no restart. Runs in the PostgreSQL pass of {@code .ci/run}.
 */
class DatabaseOutageIT {
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void whileTheDatabaseIsAwayTheNodeAnswers503AndIsNotReadyThenRecoversByItself() throws Exception {
        assumeTrue(PackagedApp.onPostgres(), "the shared database a node can lose is PostgreSQL (-Ddragoman.it.db=pg)");
        URI database = URI.create(PackagedApp.postgresUrl().substring("jdbc:".length()));
        try (CuttableProxy relay = new CuttableProxy(database.getHost(), database.getPort());
             PackagedApp app = PackagedApp.start(work, "jdbc:postgresql://127.0.0.1:" + relay.port() + database.getRawPath()
                     + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery()))) {
            long memory = given(app.spec()).get("/api/memories").then().statusCode(200)
                    .extract().jsonPath().getLong("find { it.name == 'gaza-peacekeeping-talks' }.id");
            given(app.spec()).contentType("application/json").body(unit(memory, "قبل الانقطاع", "before the outage"))
                    .post("/api/units").then().statusCode(201);
            String token = given(app.spec()).contentType("application/json").body(Map.of("name", "outage"))
                    .post("/api/tokens").then().statusCode(201).extract().path("token");

            relay.cut();
            // Tokens are looked up in the database: their holders are told to retry, not that they are unknown.
            given().baseUri(app.baseUri()).header("Authorization", "Bearer " + token).get("/api/memories")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", org.hamcrest.Matchers.endsWith("database-unavailable"));
            Response refused = given(app.spec()).contentType("application/json")
                    .body(unit(memory, "أثناء الانقطاع", "during the outage")).post("/api/units");
            refused.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503))
                    .body("type", org.hamcrest.Matchers.endsWith("database-unavailable"));
            given(app.spec()).get("/q/health/ready").then().statusCode(503);
            given(app.spec()).get("/q/health/live").then().statusCode(200);

            relay.restore();
            assertTrue(readyAgain(app), "the node was not ready " + RECOVERY + " after the database came back:\n" + app.log());
            given(app.spec()).contentType("application/json").body(unit(memory, "بعد الانقطاع", "after the outage"))
                    .post("/api/units").then().statusCode(201);
            given(app.spec()).queryParam("memory", memory).queryParam("size", 200).get("/api/units").then().statusCode(200)
                    .body("items.targetText", hasItem("before the outage"))
                    .body("items.targetText", hasItem("after the outage"))
                    .body("items.targetText", not(hasItem("during the outage")));
            given(app.spec()).contentType("application/json").body(Map.of("text", "بعد الانقطاع", "sourceLang", "ar",
                    "targetLang", "en")).post("/api/lookup").then().statusCode(200)
                    .body("matches[0].target", equalTo("after the outage"));
        }
    }

    private static boolean readyAgain(PackagedApp app) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (Instant.now().isBefore(deadline)) {
            if (given(app.spec()).get("/q/health/ready").statusCode() == 200) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static Map<String, Object> unit(long memory, String arabic, String english) {
        return Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en", "sourceText", arabic, "targetText", english);
    }
}
