package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lexicon learned from the stored units decides an alignment that nothing else can: three
 * Arabic sentences alike in length and words but for an animal's name, two English translations,
 * no numbers or names. Which Arabic sentence has no translation only the animals' names tell.
 */
@QuarkusTest
class MemoryLexiconResourceTest {
    /** Animals named nowhere in the shipped word list or glossary. */
    private static final String[][] ANIMALS = {{"الزرافة", "giraffe"}, {"البطريق", "penguin"}, {"التمساح", "crocodile"},
            {"الفراشة", "butterfly"}, {"الحوت", "whale"}, {"الضفدع", "frog"}, {"السلحفاة", "turtle"}, {"الببغاء", "parrot"},
            {"الذئب", "wolf"}, {"الثعلب", "fox"}, {"الأرنب", "rabbit"}, {"الغزال", "gazelle"}, {"النمر", "tiger"},
            {"الفهد", "cheetah"}, {"الدب", "bear"}, {"القرد", "monkey"}, {"الجمل", "camel"}, {"الحصان", "horse"},
            {"البومة", "owl"}, {"النحلة", "bee"}};
    private static final List<String> ARABIC = List.of("رأى المزارع الزرافة قرب الطريق صباحاً",
            "رأى المزارع البطريق قرب الطريق صباحاً", "رأى المزارع التمساح قرب الطريق صباحاً");
    private static final List<String> ENGLISH = List.of("The farmer saw the giraffe by the road in the morning",
            "The farmer saw the crocodile by the road in the morning");
    private static final List<String> RIGHT = List.of(ARABIC.get(0) + " || " + ENGLISH.get(0),
            ARABIC.get(2) + " || " + ENGLISH.get(1));

    private static JsonPath align() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceLang", "ar", "targetLang", "en", "sourceSegments", ARABIC, "targetSegments", ENGLISH))
                .when().post("/api/alignments").then().statusCode(201).extract().jsonPath();
    }

    private static List<String> pairs(JsonPath job) {
        List<Map<String, Object>> pairs = job.getList("pairs");
        return pairs.stream().map(p -> p.get("sourceText") + " || " + p.get("targetText")).toList();
    }

    @Test
    void theLexiconLearnedFromStoredUnitsPicksThePairing() throws InterruptedException {
        assertNotEquals(RIGHT, pairs(align()), "without the animals' names the omission falls elsewhere");

        long memory = LearnedWords.store("Animals", ANIMALS);
        try {
            JsonPath status = LearnedWords.status();
            int animals = ANIMALS.length;
            assertTrue(status.getInt("units") >= 2 * animals && status.getInt("entries") >= animals, status.prettify());

            JsonPath job = align();
            assertEquals(RIGHT, pairs(job));
            assertEquals(ARABIC.get(1), job.getString("omitted[0].text"));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aRestrictedMemorysUnitsTeachTheSharedLexiconNothing() throws InterruptedException {
        long memory = Memories.create("Animals, restricted");
        try {
            Instant restricted = Instant.now();
            MemoryAccessTest.restrict(memory, "zaid", null);
            int before = LearnedWords.learned(restricted).getInt("units");
            LearnedWords.teach(memory, ANIMALS);
            JsonPath status = LearnedWords.learned(Instant.now());
            assertEquals(before, status.getInt("units"), "no unit of the restricted memory was learned from");
            assertNotEquals(RIGHT, pairs(align()), "the animals' names are not in the lexicon: " + status.prettify());

            // Opened to the team, its units teach the lexicon at once, though no unit changed.
            Instant opened = Instant.now();
            given().contentType(ContentType.JSON).body(Map.of("access", "team"))
                    .when().put("/api/memories/" + memory + "/access").then().statusCode(200);
            status = LearnedWords.learned(opened);
            assertEquals(before + 2 * ANIMALS.length, status.getInt("units"), status.prettify());
            assertEquals(RIGHT, pairs(align()));
        } finally {
            Memories.delete(memory);
        }
    }
}
