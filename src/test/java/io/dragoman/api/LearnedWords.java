package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Instant;

/**
 * A memory that teaches the lexicon learned from stored units ({@code align.MemoryLexicon}) a few
 * Arabic-English word pairs, two sentences a pair: what the lexicon then knows of words that
 * neither the shipped word list nor the glossary holds, it learned from these units. Each test
 * teaches words of its own, so one test's words cannot linger in another's lexicon.
 */
public final class LearnedWords {
    private LearnedWords() {
    }

    /**
     * Creates the memory, two units a pair of {@code words} (Arabic with its article, English), and
     * waits until the lexicon learned again; returns its id.
     */
    public static long store(String name, String[][] words) throws InterruptedException {
        long memory = Memories.create(name);
        teach(memory, words);
        learned(Instant.now());
        return memory;
    }

    /** Adds two units a pair of {@code words} to {@code memory}, without waiting for the lexicon. */
    public static void teach(long memory, String[][] words) {
        for (String[] pair : words) {
            Memories.unit(memory, "شاهد الأطفال " + pair[0] + " في الحديقة", "The children watched the " + pair[1] + " in the park");
            Memories.unit(memory, "صوّر المصور " + pair[0] + " عند الغروب", "The photographer filmed the " + pair[1] + " at sunset");
        }
    }

    /**
     * The lexicon's state once it was learned again from a reading that started after {@code since}
     * (so every unit stored before {@code since} counts).
     */
    public static JsonPath learned(Instant since) throws InterruptedException {
        JsonPath status = status();
        for (int tries = 0; tries < 600 && !learnedSince(status, since); tries++) {
            if (tries == 100) {
                nudge();
            }
            Thread.sleep(100);
            status = status();
        }
        assertTrue(learnedSince(status, since), "learned again since " + since + ": " + status.prettify());
        return status;
    }

    /**
     * Moves the unit change log without changing what the lexicon learns from (an English-French
     * unit, deleted at once): a learning that read every unit just before {@code since} leaves the
     * log where it was, and the lexicon learns again only when the log moves.
     */
    private static void nudge() {
        long memory = Memories.create("lexicon-nudge-" + System.nanoTime());
        given().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("memoryId", memory,
                "sourceLang", "en", "targetLang", "fr", "sourceText", "a mark in the change log",
                "targetText", "une marque dans le journal")).when().post("/api/units").then().statusCode(201);
        Memories.delete(memory);
    }

    /** The lexicon's state (GET /api/alignments/lexicon). */
    public static JsonPath status() {
        return given().when().get("/api/alignments/lexicon").then().statusCode(200).extract().jsonPath();
    }

    private static boolean learnedSince(JsonPath status, Instant stored) {
        String learnedAt = status.getString("learnedAt");
        return "ready".equals(status.getString("state")) && learnedAt != null && Instant.parse(learnedAt).isAfter(stored);
    }
}
