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
}
