package io.dragoman.tm.tmx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.tm.TextHash;
import org.junit.jupiter.api.Test;

class SeenSourcesTest {

    @Test
    void remembersEverySourceThroughGrowth() {
        SeenSources seen = new SeenSources();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add(TextHash.of("source " + i)), "first time " + i);
        }
        for (int i = 0; i < 200_000; i++) {
            assertFalse(seen.add(TextHash.of("source " + i)), "second time " + i);
        }
        assertTrue(seen.add(TextHash.of("a source never met")));
    }

    @Test
    void answersMembershipWithoutRecording() {
        SeenSources seen = new SeenSources();
        for (int i = 0; i < 100_000; i++) {
            seen.add(TextHash.of("met " + i));
        }
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.contains(TextHash.of("met " + i)), "met " + i);
            assertFalse(seen.contains(TextHash.of("never met " + i)), "never met " + i);
        }
        assertFalse(seen.contains(TextHash.of("a source never met")));
        assertTrue(seen.add(TextHash.of("a source never met")), "contains did not record it");
    }

    @Test
    void handlesTheZeroPrefix() {
        SeenSources seen = new SeenSources();
        String zero = "0".repeat(64);
        assertFalse(seen.contains(zero));
        assertTrue(seen.add(zero));
        assertFalse(seen.add(zero));
        assertTrue(seen.contains(zero));
    }
}
