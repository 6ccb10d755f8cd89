package io.dragoman.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedLoaderTest {
    @Inject
    SeedLoader loader;
    @Inject
    jakarta.persistence.EntityManager em;

    private long seedMemoryId() {
        return given().when().get("/api/memories").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == 'gaza-peacekeeping-talks' }.id");
    }

    @Test
    void loadsTheArticlePairsWithOriginAndContext() {
        long memory = seedMemoryId();
        GoldAlignment gold = GoldAlignment.load(SeedLoader.DOCUMENT);
        long pairs = gold.beads().stream().filter(GoldAlignment.Bead::isPair).count();
        given().queryParam("memory", memory).queryParam("size", 100).when().get("/api/units")
                .then().statusCode(200)
                .body("total", equalTo((int) pairs))
                .body("items[0].sourceText", equalTo("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة"))
                .body("items[0].origin.document", equalTo(SeedLoader.DOCUMENT_NAME))
                .body("items[0].origin.position", equalTo(1))
                .body("items[1].prevSourceHash",
                        equalTo(io.dragoman.tm.TextHash.of("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة")))
                .body("items.targetText", hasItem("U.S. President Joe Biden"));
    }

    @Test
    void loadsTheCuratedGlossary() {
        given().queryParam("lang", "ar").queryParam("q", "قوة حفظ السلام").when().get("/api/glossary/concepts")
                .then().statusCode(200).body("items[0].terms.text", hasItem("peacekeeping force"));
        given().queryParam("size", 1).when().get("/api/glossary/concepts")
                .then().body("total", greaterThanOrEqualTo(40));
    }

    @Test
    void aSecondStartAddsNothing() {
        long before = given().queryParam("memory", seedMemoryId()).when().get("/api/units")
                .then().extract().jsonPath().getLong("total");
        long concepts = given().when().get("/api/glossary/concepts").then().extract().jsonPath().getLong("total");
        assertEquals(0, loader.loadCorpus());
        assertEquals(0, loader.loadGlossary());
        // The marker, not the units, says the article was loaded: a unit a user deletes stays deleted.
        assertEquals(SeedLoader.DOCUMENT, em.createNativeQuery("select content from dragoman_setting where name = ?1")
                .setParameter(1, SeedLoader.CORPUS_MARKER).getSingleResult());
        given().queryParam("memory", seedMemoryId()).when().get("/api/units")
                .then().body("total", equalTo((int) before));
        given().when().get("/api/glossary/concepts").then().body("total", equalTo((int) concepts));
    }
}
