package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.glossary.RecognitionTableTest;
import io.dragoman.glossary.tbx.TbxReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@SuppressWarnings("unchecked")
class GlossaryRecognizeResourceTest {
    @Inject
    EntityManager em;

    static JsonPath recognize(String text, String lang) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "lang", lang))
                .when().post("/api/glossary/recognize").then().statusCode(200).extract().jsonPath();
    }

    static List<String> paragraphs(String lang) throws IOException {
        try (InputStream in = GlossaryRecognizeResourceTest.class.getResourceAsStream(
                "/corpus/000_ddf57a01e70e49b5." + lang + ".txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(p -> !p.isBlank()).toList();
        }
    }

    /** Other test classes import concepts of their own into the shared database: keep the curated ones. */
    static List<Map<String, Object>> curatedHits(String text, String lang) throws IOException {
        Set<String> curated = curatedIds();
        List<Map<String, Object>> hits = recognize(text, lang).getList("hits");
        return hits.stream().filter(h -> curated.contains((String) h.get("externalId"))).toList();
    }

    static Set<String> curatedIds() throws IOException {
        try (InputStream in = GlossaryRecognizeResourceTest.class.getResourceAsStream("/glossary/dragoman-glossary.tbx")) {
            return TbxReader.read(in, "curated").concepts().stream().map(c -> c.externalId()).collect(Collectors.toSet());
        }
    }

    @Test
    void recognisesTheTermsOfTheSeedHeadlineWithSpansAndTargets() throws IOException {
        String headline = paragraphs("ar").get(0);
        int start = headline.indexOf("قوة حفظ السلام");
        given().contentType(ContentType.JSON).body(Map.of("text", headline, "lang", "ar"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(200).body("lang", equalTo("ar")).body("targetLang", equalTo("en"));
        List<Map<String, Object>> hits = curatedHits(headline, "ar");
        assertEquals(List.of("washington", "funding", "peacekeeping-force", "gaza"),
                hits.stream().map(h -> h.get("externalId")).toList());
        assertEquals("لتمويل", hits.get(1).get("surface"));
        assertEquals("ل", hits.get(1).get("proclitic"));
        Map<String, Object> force = hits.get(2);
        assertEquals(start, force.get("start"));
        assertEquals(start + "قوة حفظ السلام".length(), force.get("end"));
        assertEquals(start, force.get("codePointStart"));
        assertEquals("preferred", force.get("status"));
        assertEquals(false, force.get("flagged"));
        assertEquals(List.of("peacekeeping force"), texts(force.get("targets")));
        assertEquals(List.of("peace-keeping troops"), texts(force.get("avoid")));
    }

    static List<Object> texts(Object terms) {
        return ((List<Map<String, Object>>) terms).stream().map(t -> t.get("text")).toList();
    }

    @Test
    void recognisesCliticBoundTermsAcrossTheSeedArticle() throws IOException {
        List<String> ar = paragraphs("ar");
        Map<Integer, List<String>> expected = Map.of(
                3, List.of("preliminary-talks", "stabilization", "gaza-war", "ministry-of-defense", "pentagon",
                        "multinational-force", "peacekeeping-team", "newspaper", "politico"),
                4, List.of("official", "anonymity", "diplomatic-talks", "us-troops"),
                7, List.of("senior-official", "interim-governance", "security-structures", "key-elements", "next-phase"),
                8, List.of("chairman-joint-chiefs", "general-rank", "charles-q-brown", "weapons", "disagreement",
                        "tel-aviv", "gaza-strip"),
                9, List.of("defense-writers-group", "news-organizations", "capabilities"),
                12, List.of("military-aid", "ally", "united-states", "delivery", "air-defenses", "munitions"));
        expected.forEach((paragraph, ids) -> {
            List<String> found = recognize(ar.get(paragraph), "ar").getList("hits.externalId");
            assertTrue(found.containsAll(ids), "paragraph " + paragraph + ": " + found);
        });
        JsonPath last = recognize(ar.get(12), "ar");
        Map<String, Object> ally = last.getMap("hits.find { it.externalId == 'ally' }");
        assertEquals("حليفتها", ally.get("surface"));
        assertEquals("ها", ally.get("enclitic"));
        assertEquals(List.of("ally"), ((List<Map<String, Object>>) ally.get("targets")).stream().map(t -> t.get("text")).toList());
        List<String> en = recognize(paragraphs("en").get(3), "en").getList("hits.externalId");
        assertTrue(en.containsAll(List.of("joe-biden", "administration", "preliminary-talks", "stabilization", "gaza-war",
                "ministry-of-defense", "pentagon", "multinational-force", "peacekeeping-team", "politico")), en.toString());
    }

    @Test
    void theCliticTableOverHttpReachesThePrecisionAndRecallTarget() throws IOException {
        Set<String> curated = curatedIds();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (RecognitionTableTest.Case c : RecognitionTableTest.TABLE) {
            List<Map<String, Object>> hits = recognize(c.text(), c.lang()).getList("hits");
            // Other tests import concepts of their own; the table measures the curated glossary.
            Set<String> found = hits.stream().filter(h -> curated.contains((String) h.get("externalId")))
                    .map(h -> h.get("surface") + "=" + h.get("externalId")).collect(Collectors.toSet());
            Set<String> expected = new HashSet<>(c.expected());
            tp += found.stream().filter(expected::contains).count();
            fp += found.stream().filter(f -> !expected.contains(f)).count();
            fn += expected.stream().filter(e -> !found.contains(e)).count();
        }
        assertTrue(tp / (double) (tp + fp) >= 0.98, "precision tp=" + tp + " fp=" + fp);
        assertTrue(tp / (double) (tp + fn) >= 0.98, "recall tp=" + tp + " fn=" + fn);
    }

    @Test
    void flagsDeprecatedAndForbiddenTerms() throws IOException {
        String text = "The Defence Ministry and the Ministry of War";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "lang", "en"))
                .when().post("/api/glossary/recognize").then().statusCode(200).body("targetLang", equalTo("ar"));
        List<Map<String, Object>> hits = curatedHits(text, "en");
        assertEquals(List.of("deprecated", "forbidden"), hits.stream().map(h -> h.get("status")).toList());
        assertEquals(List.of(true, true), hits.stream().map(h -> h.get("flagged")).toList());
        assertTrue(texts(hits.get(1).get("targets")).contains("البنتاجون"));
    }

    @Test
    void followsEveryChangeToTheTermbase() {
        assertEquals(List.of(), recognize("لهدنة إنسانية", "ar").getList("hits"));
        long id = given().contentType(ContentType.JSON).body(Map.of("externalId", "recognize-truce", "terms", List.of(
                        Map.of("lang", "ar", "text", "هدنة إنسانية", "status", "preferred"),
                        Map.of("lang", "en", "text", "humanitarian pause", "status", "preferred"))))
                .when().post("/api/glossary/concepts").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("humanitarian pause"), recognize("لهدنة إنسانية", "ar").getList("hits[0].targets.text"));
        given().contentType(ContentType.JSON).body(Map.of("lang", "en", "text", "humanitarian truce", "status", "forbidden"))
                .when().post("/api/glossary/concepts/" + id + "/terms").then().statusCode(201);
        assertEquals(List.of("humanitarian truce"), recognize("لهدنة إنسانية", "ar").getList("hits[0].avoid.text"));
        given().when().delete("/api/glossary/concepts/" + id).then().statusCode(204);
        assertEquals(List.of(), recognize("لهدنة إنسانية", "ar").getList("hits"));
    }

    @Test
    void findsATermWithAnAmpersandWhetherOrNotTheTextHasAnother() {
        // Alone, the & of R&D reads as an accelerator marker; beside Q&A it is a literal ampersand.
        long id = given().contentType(ContentType.JSON).body(Map.of("externalId", "recognize-rnd", "terms", List.of(
                        Map.of("lang", "en", "text", "R&D", "status", "preferred"),
                        Map.of("lang", "ar", "text", "البحث والتطوير", "status", "preferred"))))
                .when().post("/api/glossary/concepts").then().statusCode(201).extract().jsonPath().getLong("id");
        try {
            JsonPath alone = recognize("The R&D budget grew.", "en");
            assertEquals(List.of("R&D"), alone.getList("hits.surface"));
            assertEquals(List.of("البحث والتطوير"), alone.getList("hits[0].targets.text"));
            JsonPath beside = recognize("Q&A on the R&D budget", "en");
            assertEquals(List.of("R&D"), beside.getList("hits.surface"));
            assertEquals(List.of(11), beside.getList("hits.start"));
        } finally {
            given().when().delete("/api/glossary/concepts/" + id).then().statusCode(204);
        }
    }

    @Test
    void picksUpChangesMadeByAnotherNode() throws InterruptedException {
        // Another node writes straight to the shared database: no event reaches this one.
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            em.createNativeQuery("insert into concept (external_id, created_at, changed_at, version) values (?1, ?2, ?2, 0)")
                    .setParameter(1, "other-node-ceasefire").setParameter(2, now).executeUpdate();
            Number id = (Number) em.createNativeQuery("select id from concept where external_id = 'other-node-ceasefire'")
                    .getSingleResult();
            em.createNativeQuery("insert into term (concept_id, lang, text, status, position) values (?1, 'ar', 'وقف إطلاق النار', 'preferred', 0)")
                    .setParameter(1, id.longValue()).executeUpdate();
        });
        List<String> found = List.of();
        for (int i = 0; i < 100 && found.isEmpty(); i++) {
            Thread.sleep(100);
            found = recognize("بوقف إطلاق النار", "ar").getList("hits.externalId");
        }
        assertEquals(List.of("other-node-ceasefire"), found);
    }

    @Test
    void searchesTheGlossaryOnNormalisedText() {
        given().queryParam("q", "قوه حفظ").when().get("/api/glossary/concepts")
                .then().statusCode(200).body("items.externalId", hasItem("peacekeeping-force"));
        given().queryParam("q", "قُوَّة حفظ").queryParam("lang", "ar").queryParam("status", "preferred")
                .queryParam("subject", "military").when().get("/api/glossary/concepts")
                .then().statusCode(200).body("items.externalId", hasItems("peacekeeping-force"));
        given().queryParam("q", "البنتاجون").queryParam("lang", "en").when().get("/api/glossary/concepts")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void guessesAMissingLanguageFromTheScriptAndSaysSo() {
        given().contentType(ContentType.JSON).body(Map.of("text", "ولقوة حفظ السلام دور"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(200).body("lang", equalTo("ar")).body("langGuessed", equalTo(true))
                .body("targetLang", equalTo("en")).body("hits.externalId", hasItem("peacekeeping-force"));
        given().contentType(ContentType.JSON).body(Map.of("text", "funding for the peacekeeping force"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(200).body("lang", equalTo("en")).body("langGuessed", equalTo(true))
                .body("targetLang", equalTo("ar")).body("hits.externalId", hasItem("peacekeeping-force"));
        given().contentType(ContentType.JSON).body(Map.of("text", "غزة", "lang", "ar"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(200).body("langGuessed", equalTo(false));
    }

    @Test
    void rejectsAnInvalidLanguage() {
        given().contentType(ContentType.JSON).body(Map.of("text", "غزة", "lang", "not a tag!"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("lang"));
        given().contentType(ContentType.JSON).body(Map.of("text", "غزة", "lang", "ar", "targetLang", "not a tag!"))
                .when().post("/api/glossary/recognize")
                .then().statusCode(400).body("violations[0].field", equalTo("targetLang"));
    }
}
