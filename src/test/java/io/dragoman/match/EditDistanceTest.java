package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void boundedAgreesWithUnboundedWithinTheBound() {
        Random random = new Random(1);
        for (int round = 0; round < 20_000; round++) {
            int[] a = random.ints(random.nextInt(12), 0, 5).toArray();
            int[] b = random.ints(random.nextInt(12), 0, 5).toArray();
            int full = EditDistance.tokens(a, b);
            int max = random.nextInt(8);
            assertEquals(full <= max ? full : max + 1, EditDistance.tokens(a, b, max));
        }
    }

    @Test
    void knownDistances() {
        assertEquals(0, EditDistance.tokens(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
        assertEquals(1, EditDistance.tokens(new int[] {1, 2, 3}, new int[] {1, 3}));
        assertEquals(2, EditDistance.tokens(new int[] {1, 2}, new int[] {2, 1}));
        assertEquals(3, EditDistance.tokens(new int[] {}, new int[] {4, 5, 6}));
    }

    @Test
    void characterSimilarity() {
        assertEquals(1.0, EditDistance.charSimilarity("", ""));
        assertEquals(1.0, EditDistance.charSimilarity("غزه", "غزه"));
        assertEquals(0.75, EditDistance.charSimilarity("abcd", "abxd"));
    }

    @Test
    void theBitParallelSimilarityEqualsTheTable() {
        Random random = new Random(7);
        String[] alphabets = {"ab", "abc ", "قوة حفظ السلام", "File name _&%1",
                // Many distinct characters, so that the pattern's table of characters fills and collides.
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢"};
        for (int round = 0; round < 30_000; round++) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            // Lengths around the 64 characters one long holds, and past them (the table's fallback).
            int queryLength = round % 10 == 0 ? 60 + random.nextInt(8) : random.nextInt(20);
            String query = text(random, alphabet, queryLength);
            String text = text(random, alphabet, random.nextInt(round % 10 == 0 ? 90 : 25));
            assertEquals(EditDistance.charSimilarity(query, text), new CharSimilarity(query).to(text),
                    () -> "'" + query + "' against '" + text + "'");
        }
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
