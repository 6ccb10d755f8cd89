package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GlossaryResourceTest {

    private static Map<String, Object> term(String lang, String text, String status) {
        return Map.of("lang", lang, "text", text, "status", status);
    }

    private static long createConcept(String externalId, List<Map<String, Object>> terms) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("externalId", externalId, "subject", "test-subject", "terms", terms))
                .when().post("/api/glossary/concepts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsAConceptWithTermsVariantsAndStatuses() {
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("externalId", "test-munitions", "subject", "military", "definition", "Ammunition",
                        "note", "Plural in both languages", "terms", List.of(
                                Map.of("lang", "ar", "text", "ذخيرة", "status", "preferred",
                                        "partOfSpeech", "noun", "variants", List.of("الذخائر", "ذخائر")),
                                term("en", "munition", "preferred"),
                                term("en", "ammo", "deprecated"))))
                .when().post("/api/glossary/concepts")
                .then().statusCode(201)
                .body("terms", hasSize(3))
                .body("terms[0].variants", equalTo(List.of("الذخائر", "ذخائر")))
                .body("terms[2].status", equalTo("deprecated"))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/glossary/concepts/" + id).then().statusCode(200)
                .body("subject", equalTo("military")).body("terms[0].text", equalTo("ذخيرة"));
        given().queryParam("lang", "ar").queryParam("q", "ذخائر")
                .when().get("/api/glossary/concepts")
                .then().statusCode(200).body("items.externalId", hasItem("test-munitions"));
        given().queryParam("status", "deprecated").queryParam("subject", "military")
                .when().get("/api/glossary/concepts")
                .then().body("items.externalId", hasItem("test-munitions"));
    }

    @Test
    void addsUpdatesAndDeletesTerms() {
        long id = createConcept("test-stabilization", List.of(term("ar", "تحقيق الاستقرار", "preferred")));
        long termId = given().contentType(ContentType.JSON).body(term("en", "stabilisation", "admitted"))
                .when().post("/api/glossary/concepts/" + id + "/terms")
                .then().statusCode(201).body("lang", equalTo("en")).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(term("en", "stabilisation", "admitted"))
                .when().post("/api/glossary/concepts/" + id + "/terms")
                .then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("lang", "en", "text", "stabilization", "status", "preferred",
                        "variants", List.of("stabilisation")))
                .when().put("/api/glossary/concepts/" + id + "/terms/" + termId)
                .then().statusCode(200).body("text", equalTo("stabilization")).body("status", equalTo("preferred"));
        given().when().delete("/api/glossary/concepts/" + id + "/terms/" + termId).then().statusCode(204);
        given().when().get("/api/glossary/concepts/" + id).then().body("terms", hasSize(1));
        given().when().delete("/api/glossary/concepts/" + id + "/terms/999999").then().statusCode(404);
    }

    @Test
    void concurrentEditsOfOneConceptVersionLetOneWinAndTheOthersConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = createConcept("test-concurrent-" + round,
                    List.of(term("ar", "الهدنة", "preferred"), term("en", "truce", "preferred")));
            List<String> bodies = new java.util.ArrayList<>();
            for (int client = 0; client < 3; client++) {
                bodies.add(ConcurrentEdits.json(Map.of("subject", "client " + client, "version", 0, "terms",
                        List.of(term("ar", "الهدنة", "preferred"), term("en", "truce " + client, "preferred")))));
            }
            int winner = ConcurrentEdits.oneWinner(ConcurrentEdits.put("/api/glossary/concepts/" + id, bodies));
            given().when().get("/api/glossary/concepts/" + id).then().statusCode(200)
                    .body("subject", equalTo("client " + winner)).body("terms", hasSize(2))
                    .body("terms[1].text", equalTo("truce " + winner));
        }
    }

    @Test
    void replacesAConceptAndRefusesStaleVersions() {
        long id = createConcept("test-replace", List.of(term("ar", "الشركاء", "preferred"), term("en", "partners", "preferred")));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "diplomacy", "version", 0, "terms",
                        List.of(term("ar", "الشركاء", "preferred"), term("en", "partner countries", "admitted"))))
                .when().put("/api/glossary/concepts/" + id)
                .then().statusCode(200).body("subject", equalTo("diplomacy")).body("terms", hasSize(2))
                .body("terms[1].text", equalTo("partner countries"));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "terms", List.of(term("ar", "الشركاء", "preferred"))))
                .when().put("/api/glossary/concepts/" + id)
                .then().statusCode(409);
        given().when().delete("/api/glossary/concepts/" + id).then().statusCode(204);
        given().when().get("/api/glossary/concepts/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void reportsTheOffendingTermField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("terms", List.of(term("ar", "الحرب", "preferred"), Map.of("lang", "en", "text", " "))))
                .when().post("/api/glossary/concepts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("terms[1].text"));
        given().contentType(ContentType.JSON).body(Map.of("terms", List.of()))
                .when().post("/api/glossary/concepts")
                .then().statusCode(400).body("violations[0].field", equalTo("terms"));
        given().contentType(ContentType.JSON)
                .body(Map.of("terms", List.of(Map.of("lang", "ar", "text", "الحرب", "status", "approved"))))
                .when().post("/api/glossary/concepts")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("terms[0].status"))
                .body("detail", containsString("preferred, admitted, deprecated, forbidden"));
        given().queryParam("status", "approved").when().get("/api/glossary/concepts")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusesADuplicateExternalId() {
        createConcept("test-duplicate-id", List.of(term("en", "war", "preferred")));
        given().contentType(ContentType.JSON)
                .body(Map.of("externalId", "test-duplicate-id", "terms", List.of(term("en", "conflict", "preferred"))))
                .when().post("/api/glossary/concepts")
                .then().statusCode(409);
    }

    @Test
    void listsTheCuratedGlossary() {
        given().queryParam("size", 1).when().get("/api/glossary/concepts")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(40));
        given().queryParam("lang", "en").queryParam("q", "pentagon")
                .when().get("/api/glossary/concepts")
                .then().body("items[0].terms.text", hasItem("البنتاجون"));
    }
}
