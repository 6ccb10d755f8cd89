package io.dragoman.tm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An import that overwrites duplicates runs for minutes; translators keep working meanwhile. A
 * unit one of them edits or deletes after the import wrote its new version, but before the import
 * commits, must keep the translator's work, and the imported version must not vanish either.
 * The interleaving is driven through the import's own steps (open, write a chunk, commit) with the
 * translator's edit sent over HTTP between them.
 */
@QuarkusTest
class ImportOverwriteTest {
    @Inject
    UnitImports imports;
    @Inject
    UnitBulkWriter writer;
    @Inject
    UnitValidator validator;
    @Inject
    UnitReader reader;
    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aUnitEditedOrDeletedWhileAnImportRunsKeepsTheTranslatorsWorkAndTheImportedVersionToo() {
        long memory = given().contentType(ContentType.JSON).body(Map.of("name", "overwrite-while-editing"))
                .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        long untouched = create(memory, "وقف إطلاق النار", "ceasefire");
        long edited = create(memory, "قوة حفظ السلام", "peace force");
        long deleted = create(memory, "المساعدات الإنسانية", "humanitarian aid");

        long importId = imports.open(memory, false);
        QuarkusTransaction.requiringNew().run(() -> {
            imports.heartbeat(importId);
            writer.insert(importId, List.of(valid(memory, "وقف إطلاق النار", "cease-fire"),
                    valid(memory, "قوة حفظ السلام", "peacekeeping force (imported)"),
                    valid(memory, "المساعدات الإنسانية", "humanitarian assistance (imported)")),
                    new long[] {untouched, edited, deleted});
        });
        given().contentType(ContentType.JSON).body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", "قوة حفظ السلام", "targetText", "peacekeeping force", "version", 0))
                .put("/api/units/" + edited).then().statusCode(200);
        given().delete("/api/units/" + deleted).then().statusCode(204);
        imports.commit(importId);

        given().get("/api/units/" + untouched).then().statusCode(200)
                .body("targetText", equalTo("cease-fire")).body("version", equalTo(1));
        given().get("/api/units/" + edited).then().statusCode(200).body("targetText", equalTo("peacekeeping force"));
        given().queryParam("memory", memory).queryParam("size", 50).get("/api/units").then().statusCode(200)
                .body("items.targetText", containsInAnyOrder("cease-fire", "peacekeeping force",
                        "peacekeeping force (imported)", "humanitarian assistance (imported)"));
    }

    /** The listing's total, the memory's unit count and the count QA starts a run with leave an import that has not committed out, then count it. */
    @Test
    void unitsOfAnImportThatHasNotCommittedAreNotCountedUntilItDoes() {
        long memory = given().contentType(ContentType.JSON).body(Map.of("name", "count-while-importing"))
                .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        create(memory, "وقف إطلاق النار", "ceasefire");
        long importId = imports.open(memory, false);
        QuarkusTransaction.requiringNew().run(() -> {
            imports.heartbeat(importId);
            writer.insert(importId, List.of(valid(memory, "قوة حفظ السلام", "peacekeeping force"),
                    valid(memory, "المساعدات الإنسانية", "humanitarian aid")), null);
        });
        UnitSelection selection = UnitSelection.memory(memory);
        given().queryParam("memory", memory).get("/api/units").then().statusCode(200).body("total", equalTo(1));
        given().get("/api/memories/" + memory).then().statusCode(200).body("units", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, reader.count(selection));
        imports.commit(importId);
        given().queryParam("memory", memory).get("/api/units").then().statusCode(200).body("total", equalTo(3));
        given().get("/api/memories/" + memory).then().statusCode(200).body("units", equalTo(3));
        org.junit.jupiter.api.Assertions.assertEquals(3, reader.count(selection));
    }

    /**
     * Units read by id, as a lookup reads its matches (a few ids, bound as parameters) and as QA reads
     * the units it reports (thousands, written into the statement): the same units either way, deleted
     * ids and an import that has not committed left out.
     */
    @Test
    void unitsReadByIdAreTheSameForShortAndLongListsAndLeavePendingImportsOut() {
        long memory = given().contentType(ContentType.JSON).body(Map.of("name", "read-by-id"))
                .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        List<ValidUnit> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            drafts.add(valid(memory, "الوحدة رقم " + i, "unit number " + i));
        }
        long committed = imports.open(memory, false);
        QuarkusTransaction.requiringNew().run(() -> writer.insert(committed, drafts, null));
        imports.commit(committed);
        List<Long> ids = reader.pairs(UnitSelection.memory(memory), 0).stream().map(UnitPair::id).toList();
        org.junit.jupiter.api.Assertions.assertEquals(150, ids.size());
        long pending = imports.open(memory, false);
        QuarkusTransaction.requiringNew().run(() -> writer.insert(pending,
                List.of(valid(memory, "وحدة لم تكتمل", "a unit not yet committed")), null));
        long hidden = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select max(id) from translation_unit where import_id = " + pending).getSingleResult()).longValue());
        List<Long> asked = new java.util.ArrayList<>(ids);
        asked.add(hidden);
        asked.add(Long.MAX_VALUE);
        java.util.Set<String> longList = reader.pairs(asked).stream().map(UnitPair::targetText)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> shortLists = new java.util.HashSet<>();
        for (int from = 0; from < asked.size(); from += 10) {
            reader.pairs(asked.subList(from, Math.min(asked.size(), from + 10))).forEach(p -> shortLists.add(p.targetText()));
        }
        org.junit.jupiter.api.Assertions.assertEquals(150, longList.size());
        org.junit.jupiter.api.Assertions.assertEquals(longList, shortLists);
        org.junit.jupiter.api.Assertions.assertFalse(longList.contains("a unit not yet committed"));
        imports.commit(pending);
        org.junit.jupiter.api.Assertions.assertEquals(151, reader.pairs(asked).size());
    }

    private static long create(long memory, String arabic, String english) {
        return given().contentType(ContentType.JSON).body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", arabic, "targetText", english)).post("/api/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private ValidUnit valid(long memory, String arabic, String english) {
        return validator.validate(new UnitDraft(memory, "ar", "en", arabic, english, null, null, null, "importer",
                null, null, "importer", 0, null, List.of()));
    }
}
