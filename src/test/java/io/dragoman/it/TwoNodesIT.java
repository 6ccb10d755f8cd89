package io.dragoman.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static io.dragoman.it.JourneyIT.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged nodes on one PostgreSQL, as a team runs them behind a load balancer: what is written
 * on one is matched, recognised and reported on the other within the sync intervals, and a node
 * killed in the middle of an import leaves a job the other node reports failed, and none of its units.
 */
class TwoNodesIT {
    @TempDir
    Path work;

    @Test
    void whatOneNodeWritesTheOtherServes() throws Exception {
        assumeTrue(PackagedApp.onPostgres(), "nodes share a database on PostgreSQL (-Ddragoman.it.db=pg)");
        // B gives up on a silent node's import sooner than the shipped minutes, so the test need not wait them;
        // the job settings under their names from before dragoman.jobs, which still apply for a release.
        try (PackagedApp a = PackagedApp.start(Files.createDirectories(work.resolve("a")));
             PackagedApp b = PackagedApp.join(Files.createDirectories(work.resolve("b")),
                     "-Ddragoman.tmx.job-stale-after=10s", "-Ddragoman.tmx.import-stale-after=10s",
                     "-Ddragoman.tmx.sweep-interval=2s")) {
            String password = a.adminPassword();
            RequestSpecification onA = a.spec(password);
            RequestSpecification onB = b.spec(password);
            long memory = given(onA).get("/api/memories").then().statusCode(200)
                    .extract().jsonPath().getLong("find { it.name == 'gaza-peacekeeping-talks' }.id");

            // A unit written on A is matched on B.
            long unit = given(onA).contentType("application/json").body(Map.of("memoryId", memory, "sourceLang", "ar",
                            "targetLang", "en", "sourceText", "وصل الوفد إلى القاهرة مساء الأحد",
                            "targetText", "The delegation arrived in Cairo on Sunday evening"))
                    .post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
            JsonPath found = await(() -> lookup(onB, "وصل الوفد إلى القاهرة مساء الاحد"),
                    json -> "The delegation arrived in Cairo on Sunday evening".equals(json.getString("matches[0].target")));
            // Written with أ, asked with ا: the same words, marked a hair below an exact match.
            assertEquals(99, found.getInt("matches[0].score"), found.prettify());

            // A glossary concept made on A is recognised on B, with a clitic in front.
            given(onA).contentType("application/json").body(Map.of("externalId", "negotiating-delegation", "terms", List.of(
                            Map.of("lang", "ar", "text", "الوفد المفاوض", "status", "preferred"),
                            Map.of("lang", "en", "text", "negotiating delegation", "status", "preferred"))))
                    .post("/api/glossary/concepts").then().statusCode(201);
            await(() -> given(onB).contentType("application/json")
                            .body(Map.of("text", "وصل والوفد المفاوض إلى القاهرة", "lang", "ar"))
                            .post("/api/glossary/recognize").then().statusCode(200).extract().jsonPath(),
                    json -> json.getList("hits.externalId").contains("negotiating-delegation"));

            // An import started on A: its job is read on B, and its units are matched there.
            Path small = GeneratedTmx.write(work.resolve("small.tmx"), 300);
            String job = given(onA).contentType("application/xml").body(small.toFile())
                    .post("/api/imports?memory=shared-import").then().statusCode(202).extract().path("id");
            await(() -> given(onB).get("/api/imports/" + job).then().statusCode(200).extract().jsonPath(),
                    json -> "succeeded".equals(json.getString("status")));
            given(onB).queryParam("memory", "shared-import").queryParam("size", 1).get("/api/units").then()
                    .statusCode(200).body("total", equalTo(300));

            // A unit deleted on B leaves A's matches.
            given(onB).delete("/api/units/" + unit).then().statusCode(204);
            await(() -> lookup(onA, "وصل الوفد إلى القاهرة مساء الأحد"),
                    json -> !json.getList("matches.target").contains("The delegation arrived in Cairo on Sunday evening"));

            // A killed during an import: B reports the job failed and shows none of its units.
            Path big = GeneratedTmx.write(work.resolve("big.tmx"), 60_000);
            String lost = given(onA).contentType("application/xml").body(big.toFile())
                    .post("/api/imports?memory=lost-import").then().statusCode(202).extract().path("id");
            // Progress is stored once a second: 60,000 units on PostgreSQL take far longer than that.
            await(() -> given(onB).get("/api/imports/" + lost).then().statusCode(200).extract().jsonPath(),
                    json -> json.getLong("unitsRead") > 0);
            a.kill();
            JsonPath reported = await(() -> given(onB).get("/api/imports/" + lost).then().statusCode(200)
                    .extract().jsonPath(), json -> !List.of("queued", "running").contains(json.getString("status")));
            assertEquals("failed", reported.getString("status"), reported.prettify());
            assertTrue(reported.getString("problem.detail").contains("stopped before it finished"), reported.prettify());
            var units = given(onB).queryParam("memory", "lost-import").queryParam("size", 1).get("/api/units");
            assertTrue(units.statusCode() == 404 || units.jsonPath().getInt("total") == 0,
                    "units of the killed node's import visible on the other node: " + units.asString());
            given(onB).get("/api/memories").then().statusCode(200).body("name", hasItem("shared-import"));
        }
    }

    private static JsonPath lookup(RequestSpecification node, String text) {
        return given(node).contentType("application/json")
                .body(Map.of("text", text, "sourceLang", "ar", "targetLang", "en"))
                .post("/api/lookup").then().statusCode(200).extract().jsonPath();
    }
}
