package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @Test
    void listsAMemoryByIdOrNameAndRefusesAnUnknownOne() {
        long memory = MemoryResourceTest.createMemory("listed-by-name");
        createUnit(memory, "قوة حفظ السلام", "peacekeeping force");
        // A name of digits that is no memory's id is read as a name.
        long digits = MemoryResourceTest.createMemory("9876500");
        createUnit(digits, "الدفاعات الجوية", "air defenses");
        for (Object ref : List.of(memory, "listed-by-name")) {
            given().queryParam("memory", ref).when().get("/api/units")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].memoryId", equalTo((int) memory));
        }
        given().queryParam("memory", "9876500").when().get("/api/units")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].memoryId", equalTo((int) digits));
        given().queryParam("memory", "no-such-memory").when().get("/api/units")
                .then().statusCode(404).contentType("application/problem+json")
                .body("violations[0].field", equalTo("memory"))
                .body("detail", containsString("'no-such-memory'"));
    }

    static long createUnit(long memory, String source, String target) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", source, "targetText", target))
                .when().post("/api/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsReadsUpdatesAndDeletesAUnit() {
        long memory = MemoryResourceTest.createMemory("crud-units");
        long id = Accounts.as("mona", "translator").contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "AR", "targetLang", "en_us",
                        "sourceText", "قوة حفظ السلام", "targetText", "peacekeeping force",
                        "tuid", "t-1",
                        "annotations", java.util.List.of(Map.of("kind", "note", "value", "from the style guide"))))
                .when().post("/api/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/units/"))
                .body("sourceLang", equalTo("ar"))
                .body("targetLang", equalTo("en-US"))
                .body("createdBy", equalTo("mona"))
                .body("annotations[0].value", equalTo("from the style guide"))
                .body("annotations[0].scope", equalTo("tu"))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/units/" + id).then().statusCode(200)
                .body("tuid", equalTo("t-1")).body("version", equalTo(0)).body("memoryId", equalTo((int) memory));

        Accounts.as("omar", "translator").contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", "قوات حفظ السلام", "targetText", "peacekeeping forces", "version", 0))
                .when().put("/api/units/" + id)
                .then().statusCode(200)
                .body("sourceText", equalTo("قوات حفظ السلام"))
                .body("changedBy", equalTo("omar"))
                .body("createdBy", equalTo("mona"))
                .body("version", equalTo(1))
                .body("annotations", hasSize(0));

        given().when().delete("/api/units/" + id).then().statusCode(204);
        given().when().get("/api/units/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/units/" + id).then().statusCode(404);
    }

    @Test
    void refusesAStaleUpdate() {
        long memory = MemoryResourceTest.createMemory("stale-updates");
        long id = createUnit(memory, "الحرب", "the war");
        Map<String, Object> edit = Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", "الحرب", "targetText", "war", "version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/units/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(edit).put("/api/units/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void concurrentEditsOfOneVersionLetOneWinAndTheOthersConflict() throws Exception {
        long memory = MemoryResourceTest.createMemory("concurrent-edits");
        for (int round = 0; round < 5; round++) {
            long id = createUnit(memory, "الهدنة " + round, "the truce");
            List<String> bodies = new java.util.ArrayList<>();
            for (int client = 0; client < 3; client++) {
                bodies.add(ConcurrentEdits.json(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", "الهدنة " + round, "targetText", "truce by client " + client, "version", 0)));
            }
            int winner = ConcurrentEdits.oneWinner(ConcurrentEdits.put("/api/units/" + id, bodies));
            given().when().get("/api/units/" + id).then().statusCode(200)
                    .body("version", equalTo(1)).body("targetText", equalTo("truce by client " + winner));
        }
    }

    @Test
    void keepsArabicTextByteIdentical() {
        long memory = MemoryResourceTest.createMemory("byte-identical");
        // Diacritics, a tatweel, a lam-alef presentation form, and a decomposed (NFD) sequence:
        // none of them may be normalised away in storage.
        String nfd = Normalizer.normalize("آمنة", Normalizer.Form.NFD);
        String source = "وَقَالَ بـراون: ﻻ نملك القدرة — " + nfd + " ٣٫٨";
        String target = "Brown said: \u201cwe lack the capacity\u201d \u2014 3.8";
        long id = createUnit(memory, source, target);
        String stored = given().when().get("/api/units/" + id).then().statusCode(200)
                .extract().jsonPath().getString("sourceText");
        assertEquals(source, stored);
        assertEquals(java.util.Arrays.toString(source.getBytes(StandardCharsets.UTF_8)),
                java.util.Arrays.toString(stored.getBytes(StandardCharsets.UTF_8)));
        given().when().get("/api/units/" + id).then().body("targetText", equalTo(target));
    }

    @Test
    void pagesAndFilters() {
        long memory = MemoryResourceTest.createMemory("paging");
        for (int i = 1; i <= 7; i++) {
            createUnit(memory, "جملة رقم " + i, "Sentence number " + i);
        }
        createUnit(memory, "الدفاعات الجوية", "Air Defenses");
        given().queryParam("memory", memory).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/units")
                .then().statusCode(200)
                .body("total", equalTo(8)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("items", hasSize(3))
                .body("items[0].sourceText", equalTo("جملة رقم 4"));
        given().queryParam("memory", memory).queryParam("q", "air defenses")
                .when().get("/api/units")
                .then().body("total", equalTo(1)).body("items[0].sourceText", equalTo("الدفاعات الجوية"));
        given().queryParam("memory", memory).queryParam("q", "جملة").queryParam("sourceLang", "ar")
                .when().get("/api/units")
                .then().body("total", equalTo(7)).body("items.memoryId", everyItem(equalTo((int) memory)));
        given().queryParam("memory", memory).queryParam("sourceLang", "en")
                .when().get("/api/units").then().body("total", equalTo(0));
        given().queryParam("q", "100%_").when().get("/api/units").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsBadPagingWithTheField() {
        given().queryParam("size", 0).when().get("/api/units").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().queryParam("page", -1).when().get("/api/units").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("sourceLang", "not a tag!").when().get("/api/units").then().statusCode(400)
                .body("violations[0].field", equalTo("sourceLang"));
    }

    @Test
    void reportsEveryMissingFieldOfAUnit() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("violations.field", hasItem("memoryId"))
                .body("violations.field", hasItem("sourceLang"))
                .body("violations.field", hasItem("targetLang"))
                .body("violations.field", hasItem("sourceText"))
                .body("violations.field", hasItem("targetText"));
    }

    @Test
    void rejectsInvalidLanguagesAndSameLanguagePairs() {
        long memory = MemoryResourceTest.createMemory("bad-languages");
        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "arabic!!", "targetLang", "ar-EG",
                        "sourceText", "نص", "targetText", "text"))
                .when().post("/api/units")
                .then().statusCode(400)
                .body("violations.field", hasItem("sourceLang"))
                .body("violations[0].message", containsString("arabic!!"));
        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "ar-EG",
                        "sourceText", "نص", "targetText", "text"))
                .when().post("/api/units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("targetLang"));
    }

    @Test
    void rejectsAnUnknownMemoryAsAFieldError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", 987654, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", "نص", "targetText", "text"))
                .when().post("/api/units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("memoryId"));
    }

    @Test
    void rejectsOverlongTextWithoutTruncating() {
        long memory = MemoryResourceTest.createMemory("overlong");
        String tooLong = "ب".repeat(10_001);
        given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", tooLong, "targetText", "text"))
                .when().post("/api/units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("sourceText"))
                .body("violations[0].message", containsString("10001"));
        given().queryParam("memory", memory).when().get("/api/units").then().body("total", equalTo(0));
    }

    @Test
    void explainsMalformedJsonWithoutJavaNames() {
        given().contentType(ContentType.JSON).body("{\"memoryId\": 1, \"sourceText\": ")
                .when().post("/api/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 1"))
                .body("detail", not(containsString("java.")));
        given().contentType(ContentType.JSON).body("{\"memoryId\": \"one\"}")
                .when().post("/api/units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("memoryId"))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("Long")));
    }

    @Test
    void recordsUse() {
        long memory = MemoryResourceTest.createMemory("usage");
        long id = createUnit(memory, "الذخائر", "munitions");
        given().when().post("/api/units/" + id + "/used").then().statusCode(200)
                .body("usageCount", equalTo(1)).body("lastUsedAt", notNullValue());
        given().when().post("/api/units/" + id + "/used").then().body("usageCount", equalTo(2));
    }
}
