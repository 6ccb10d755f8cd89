package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phrase search in the seed memory. */
@QuarkusTest
class ConcordanceResourceTest {

    @Test
    void arabicPhraseWithHighlights() {
        JsonPath r = given().queryParam("q", "وزارة الدفاع").queryParam("lang", "ar")
                .when().get("/api/concordance").then().statusCode(200).extract().jsonPath();
        List<Integer> positions = r.getList("items.unitId");
        assertEquals(positions.stream().sorted().toList(), positions);
        String text = r.getString("items[0].text");
        int start = r.getInt("items[0].highlights[0].start");
        int end = r.getInt("items[0].highlights[0].end");
        assertTrue(text.substring(start, end).endsWith("وزارة الدفاع"), text.substring(start, end));
        assertEquals("source", r.getString("items[0].side"));
        assertEquals("en", r.getString("items[0].translationLang"));
    }

    @Test
    void normalisedMatchingFindsOtherSpellings() {
        // Diacritics, a plain ha for the ta marbuta and a different alef: all fold away.
        given().queryParam("q", "قُوه حفظ ٱلسلام").when().get("/api/concordance")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items[0].highlights[0].text", is("قوة حفظ السلام"));
    }

    @Test
    void englishSideAndCaseFolding() {
        given().queryParam("q", "JOE BIDEN").queryParam("lang", "en").when().get("/api/concordance")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2)) // the captions; "Biden's" is another word
                .body("items.side", everyItem(is("target")))
                .body("items.highlights.text.flatten()", everyItem(is("Joe Biden")));
    }

    @Test
    void paging() {
        JsonPath all = given().queryParam("q", "بايدن").queryParam("size", 50).when().get("/api/concordance")
                .then().statusCode(200).extract().jsonPath();
        int total = all.getInt("total");
        given().queryParam("q", "بايدن").queryParam("page", 1).queryParam("size", 1).when().get("/api/concordance")
                .then().statusCode(200).body("items.unitId", contains(all.getInt("items[1].unitId")))
                .body("total", is(total));
    }

    @Test
    void aMemoryIsNamedByIdOrNameAndAnUnknownOneIsRefused() {
        long seed = TmxFixtures.memoryId("gaza-peacekeeping-talks");
        int total = given().queryParam("q", "وزارة الدفاع").when().get("/api/concordance")
                .then().statusCode(200).extract().path("total");
        for (Object memory : List.of(seed, "gaza-peacekeeping-talks", "")) {
            given().queryParam("q", "وزارة الدفاع").queryParam("memory", memory).when().get("/api/concordance")
                    .then().statusCode(200).body("total", is(total));
        }
        given().queryParam("q", "وزارة الدفاع").queryParam("memory", "no-such-memory").when().get("/api/concordance")
                .then().statusCode(404).contentType("application/problem+json")
                .body("violations[0].field", is("memory")).body("detail", containsString("'no-such-memory'"));
    }

    @Test
    void emptyPhraseIsRejected() {
        given().queryParam("q", "").when().get("/api/concordance")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("q"));
        given().queryParam("q", "...").when().get("/api/concordance")
                .then().statusCode(400).body("violations[0].field", is("q"));
    }

    @Test
    void aPhraseLongerThanASearchBoxHoldsIsRefused() {
        given().queryParam("q", "وزارة الدفاع ".repeat(20)).when().get("/api/concordance")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", is("q is 260 characters long; the configured limit is 200 (dragoman.match.max-phrase-length)"));
    }

    @Test
    void cliticsAndTheArticleDoNotHideAPhrase() {
        // The seed memory only: other tests of this run store units of their own.
        JsonPath seed = concordance("وزارة الدفاع", TmxFixtures.memoryId("gaza-peacekeeping-talks"));
        List<String> found = seed.getList("items.highlights.text.flatten()");
        assertTrue(found.contains("لوزارة الدفاع"), found.toString());
        assertTrue(found.contains("وزارة الدفاع"), found.toString());
        assertEquals(3, seed.getInt("total"), found.toString());

        long memory = Memories.create("conc-clitics");
        try {
            Memories.unit(memory, "أكد المسؤول أن حفظ سلام المنطقة أولوية", "The official said keeping the region's peace is a priority");
            Memories.unit(memory, "وأرسلت الحكومة مذكرة لوزارة الدفاع", "The government sent a memo to the Ministry of Defence");
            Memories.unit(memory, "تحدث الكتاب عن الإسلام والسلام", "The book spoke of Islam and peace");
            JsonPath peace = concordance("حفظ السلام", memory);
            assertEquals(List.of("حفظ سلام"), peace.getList("items.highlights.text.flatten()"));
            // A word is never found inside another: سلام is not in الإسلام.
            assertEquals(List.of("سلام", "والسلام"), concordance("سلام", memory).getList("items.highlights.text.flatten()"));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aTrailingStarSearchesForAPrefix() {
        List<String> found = concordance("السلا*", null).getList("items.highlights.text.flatten()");
        assertTrue(found.contains("السلام"), found.toString());
        given().queryParam("q", "peacekeep*").queryParam("lang", "en").when().get("/api/concordance")
                .then().statusCode(200).body("items.highlights.text.flatten()", hasItem(startsWith("peacekeep")));
    }

    @Test
    void theTranslationMarksTheGlossaryEquivalentsOfThePhrase() {
        JsonPath r = concordance("قوة حفظ السلام", null);
        List<String> marked = r.getList("items.translationHighlights.text.flatten()");
        assertTrue(marked.stream().anyMatch(t -> t.equalsIgnoreCase("peacekeeping force")), marked.toString());
        String translation = r.getString("items[0].translation");
        int start = r.getInt("items[0].translationHighlights[0].start");
        int end = r.getInt("items[0].translationHighlights[0].end");
        assertEquals(r.getString("items[0].translationHighlights[0].text"), translation.substring(start, end));
    }

    @Test
    void theMinistryIsMarkedInTheEnglishOfEveryUnitThatHoldsIt() {
        long memory = Memories.create("conc-ministry");
        try {
            Memories.unit(memory, "قالت وزارة الدفاع إن القوات انسحبت", "The Defense Ministry said the troops withdrew");
            Memories.unit(memory, "أرسلت الحكومة مذكرة لوزارة الدفاع", "The government sent a memo to the Ministry of Defense");
            Memories.unit(memory, "وأكد متحدث باسم وزارة الدفاع البريطانية الخبر", "A spokesman for the British Ministry of Defence confirmed the news");
            JsonPath r = concordance("وزارة الدفاع", memory);
            assertEquals(3, r.getInt("total"));
            assertEquals(List.of(List.of("Defense Ministry"), List.of("Ministry of Defense"), List.of("Ministry of Defence")),
                    r.getList("items.translationHighlights.text"));
            assertSpansFit(r);
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void theTranslationMarksTheWordsTheMemoryPairsWithThePhrase() throws InterruptedException {
        // Fruit named nowhere in the glossary: only the units teach that التفاحة is an apple.
        String[][] fruit = {{"التفاحة", "apple"}, {"البرتقالة", "orange"}, {"الموزة", "banana"}, {"الفراولة", "strawberry"},
                {"الكمثرى", "pear"}, {"المشمشة", "apricot"}, {"الرمانة", "pomegranate"}, {"البطيخة", "watermelon"},
                {"الخوخة", "peach"}, {"الليمونة", "lemon"}, {"الكرزة", "cherry"}, {"التينة", "fig"}};
        long memory = LearnedWords.store("conc-fruit", fruit);
        try {
            long clitic = Memories.unit(memory, "ورسم الطفل بالتفاحة الحمراء", "The child drew with the red apple");
            JsonPath arabic = concordance("التفاحة", memory);
            assertEquals(3, arabic.getInt("total"));
            assertEquals(List.of("apple", "apple", "apple"), arabic.getList("items.translationHighlights.text.flatten()"));
            assertEquals(clitic, arabic.getLong("items[2].unitId"));
            assertSpansFit(arabic);

            JsonPath english = given().queryParam("q", "pomegranate").queryParam("lang", "en").queryParam("memory", memory)
                    .when().get("/api/concordance").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("الرمانة", "الرمانة"), english.getList("items.translationHighlights.text.flatten()"));
            assertSpansFit(english);
        } finally {
            Memories.delete(memory);
        }
    }

    /** Every translation highlight's offsets frame its text. */
    private static void assertSpansFit(JsonPath r) {
        List<String> translations = r.getList("items.translation");
        for (int i = 0; i < translations.size(); i++) {
            List<Map<String, Object>> spans = r.getList("items[" + i + "].translationHighlights");
            for (Map<String, Object> span : spans) {
                assertEquals(span.get("text"), translations.get(i).substring((Integer) span.get("start"), (Integer) span.get("end")));
            }
        }
    }

    private static JsonPath concordance(String phrase, Long memory) {
        var request = given().queryParam("q", phrase).queryParam("size", 100);
        if (memory != null) {
            request.queryParam("memory", memory);
        }
        return request.when().get("/api/concordance").then().statusCode(200).extract().jsonPath();
    }
}
