package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.match.CachedUnitTexts;
import io.dragoman.match.IndexMaintainer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A lookup's texts come from {@link CachedUnitTexts} once a lookup has read them: every write
 * reaches the cache, through this node's events and through the change log of other nodes. Each
 * test looks the unit up first, so that what it checks afterwards would be the cached copy.
 */
@QuarkusTest
class LookupTextCacheTest {
    private static final String SOURCE = "أغلقت السلطات المعبر الحدودي أمام الشاحنات";

    @Inject
    CachedUnitTexts texts;
    @Inject
    IndexMaintainer maintainer;
    @Inject
    EntityManager em;

    @Test
    void anEditThroughTheApiIsLookedUpWithItsNewTarget() {
        long memory = newMemory();
        long id = newUnit(memory, SOURCE, "The authorities closed the border crossing to lorries");
        lookup(memory).body("matches[0].target", is("The authorities closed the border crossing to lorries"));

        given().contentType(ContentType.JSON).body(unit(memory, SOURCE, "The authorities shut the border crossing to trucks"))
                .when().put("/api/units/" + id).then().statusCode(200);
        lookup(memory).body("matches[0].unitId", is((int) id))
                .body("matches[0].target", is("The authorities shut the border crossing to trucks"));
    }

    @Test
    void markingAUnitUsedShowsInTheNextLookup() {
        long memory = newMemory();
        long id = newUnit(memory, SOURCE, "The authorities closed the border crossing to lorries");
        lookup(memory).body("matches[0].metadata.usageCount", is(0));
        given().when().post("/api/units/" + id + "/used").then().statusCode(200);
        lookup(memory).body("matches[0].metadata.usageCount", is(1));
    }

    @Test
    void aDeletedUnitLeavesTheCache() {
        long memory = newMemory();
        long id = newUnit(memory, SOURCE, "The authorities closed the border crossing to lorries");
        lookup(memory).body("matches[0].unitId", is((int) id));
        assertEquals(List.of(id), List.copyOf(texts.texts(List.of(id)).keySet()));

        given().when().delete("/api/units/" + id).then().statusCode(204);
        assertTrue(texts.texts(List.of(id)).isEmpty(), "a deleted unit must not be served from the cache");
        lookup(memory).body("matches", empty());
    }

    @Test
    void anotherNodesEditArrivesThroughTheChangeLog() {
        long memory = newMemory();
        long id = newUnit(memory, SOURCE, "The authorities closed the border crossing to lorries");
        lookup(memory).body("matches[0].target", is("The authorities closed the border crossing to lorries"));

        // Another node rewrites the target and logs it: no event reaches this node, only the log.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update translation_unit set target_text = ?1 where id = ?2")
                    .setParameter(1, "Lorries may no longer cross the border").setParameter(2, id).executeUpdate();
            logChange("UPSERT", String.valueOf(id));
        });
        maintainer.poll();
        lookup(memory).body("matches[0].unitId", is((int) id))
                .body("matches[0].target", is("Lorries may no longer cross the border"));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from translation_unit where id = ?1").setParameter(1, id).executeUpdate();
            logChange("DELETE", String.valueOf(id));
        });
        maintainer.poll();
        assertTrue(texts.texts(List.of(id)).isEmpty(), "a unit another node deleted must not be served from the cache");
    }

    @Test
    void anotherNodeDeletingTheMemoryEmptiesItsUnitsFromTheCache() {
        long memory = newMemory();
        long id = newUnit(memory, SOURCE, "The authorities closed the border crossing to lorries");
        lookup(memory).body("matches[0].unitId", is((int) id));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from translation_unit where memory_id = ?1").setParameter(1, memory).executeUpdate();
            em.createNativeQuery("insert into unit_change (kind, memory_id, unit_ids, origin_node, created_at)"
                            + " values ('MEMORY_DELETED', ?1, '', 'another-node', ?2)")
                    .setParameter(1, memory).setParameter(2, OffsetDateTime.now()).executeUpdate();
        });
        maintainer.poll();
        assertTrue(texts.texts(List.of(id)).isEmpty(), "a unit of a memory another node deleted must leave the cache");
    }

    private static long newMemory() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "cache-" + UUID.randomUUID()))
                .when().post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> unit(long memory, String ar, String en) {
        return Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en", "sourceText", ar, "targetText", en);
    }

    private static long newUnit(long memory, String ar, String en) {
        return given().contentType(ContentType.JSON).body(unit(memory, ar, en))
                .when().post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse lookup(long memory) {
        return given().queryParam("q", SOURCE).queryParam("memory", memory).when().get("/api/lookup").then().statusCode(200);
    }

    private void logChange(String kind, String ids) {
        em.createNativeQuery("insert into unit_change (kind, memory_id, unit_ids, origin_node, created_at)"
                        + " values (?1, null, ?2, 'another-node', ?3)")
                .setParameter(1, kind).setParameter(2, ids).setParameter(3, OffsetDateTime.now()).executeUpdate();
    }
}
