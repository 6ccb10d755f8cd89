package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.dragoman.match.IndexMaintainer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The index follows every write without a restart: this node's, and other nodes' via the log. */
@QuarkusTest
class IndexSyncTest {
    @Inject
    IndexMaintainer maintainer;
    @Inject
    EntityManager em;

    private static long newMemory() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "sync-" + UUID.randomUUID()))
                .when().post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long newUnit(long memory, String ar, String en) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en", "sourceText", ar, "targetText", en))
                .when().post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse lookup(long memory, String text) {
        return given().queryParam("q", text).queryParam("memory", memory).when().get("/api/lookup").then().statusCode(200);
    }

    @Test
    void createUpdateAndDeleteAreSeenAtOnce() {
        long memory = newMemory();
        long id = newUnit(memory, "وصلت القافلة إلى المعبر صباح اليوم", "The convoy reached the crossing this morning");
        lookup(memory, "وصلت القافلة إلى المعبر صباح اليوم").body("matches[0].unitId", is((int) id))
                .body("matches[0].score", is(100));

        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", "غادرت القافلة المعبر مساء أمس", "targetText", "The convoy left the crossing last night"))
                .when().put("/api/units/" + id).then().statusCode(200);
        lookup(memory, "وصلت القافلة إلى المعبر صباح اليوم").body("matches", empty());
        lookup(memory, "غادرت القافلة المعبر مساء أمس").body("matches[0].unitId", is((int) id));

        given().when().delete("/api/units/" + id).then().statusCode(204);
        lookup(memory, "غادرت القافلة المعبر مساء أمس").body("matches", empty());
    }

    @Test
    void deletingAMemoryEmptiesItsMatches() {
        long memory = newMemory();
        newUnit(memory, "انتهى الاجتماع دون اتفاق", "The meeting ended without agreement");
        lookup(memory, "انتهى الاجتماع دون اتفاق").body("matches.size()", is(1));
        given().when().delete("/api/memories/" + memory).then().statusCode(204);
        // The memory is gone (a filter naming it is refused); its unit no longer matches anywhere.
        given().queryParam("q", "انتهى الاجتماع دون اتفاق").queryParam("memory", memory).when().get("/api/lookup")
                .then().statusCode(404);
        given().queryParam("q", "انتهى الاجتماع دون اتفاق").when().get("/api/lookup").then().statusCode(200)
                .body("matches.target", not(hasItem("The meeting ended without agreement")));
    }

    @Test
    void anotherNodesWritesArriveThroughTheChangeLog() {
        long memory = newMemory();
        long id = newUnit(memory, "أعلنت الوزارة عن خطة جديدة للنقل", "The ministry announced a new transport plan");
        // Another node rewrites the unit and logs it; this node only learns of it by polling.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update translation_unit set source_text = ?1 where id = ?2")
                    .setParameter(1, "أعلنت الوزارة عن خطة جديدة للصحة").setParameter(2, id).executeUpdate();
            logChange("UPSERT", String.valueOf(id));
        });
        maintainer.poll();
        lookup(memory, "أعلنت الوزارة عن خطة جديدة للصحة").body("matches[0].unitId", is((int) id))
                .body("matches[0].score", is(100));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from translation_unit where id = ?1").setParameter(1, id).executeUpdate();
            logChange("DELETE", String.valueOf(id));
        });
        maintainer.poll();
        lookup(memory, "أعلنت الوزارة عن خطة جديدة للصحة").body("matches", empty());
    }

    private void logChange(String kind, String ids) {
        em.createNativeQuery("insert into unit_change (kind, memory_id, unit_ids, origin_node, created_at)"
                        + " values (?1, null, ?2, 'another-node', ?3)")
                .setParameter(1, kind).setParameter(2, ids).setParameter(3, OffsetDateTime.now()).executeUpdate();
    }
}
