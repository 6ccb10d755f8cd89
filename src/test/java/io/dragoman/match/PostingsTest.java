package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The lists of repeated occurrences, and the grouping of long lists by side length, as entries are
 * added one by one and as a rebuild lists every entry again.
 */
class PostingsTest {
    private final TokenDictionary dictionary = new TokenDictionary();
    private final int the = dictionary.intern("the", false);
    private final int cat = dictionary.intern("cat", false);
    private final int seven = dictionary.intern("7", true);
    private final int[][] entries = {
        {the, cat, the},
        {cat},
        {the, the, the, seven, seven},
        {},
        {seven, the},
    };

    @Test
    void aSideIsListedUnderEachOccurrenceOfAToken() {
        // Grouped from 1 entry on, from 2, and never: the lists are the same in every form.
        for (int groupAt : new int[] {1, 2, Postings.GROUP_AT}) {
            Postings added = new Postings(groupAt, entry -> entries[entry].length);
            for (int entry = 0; entry < entries.length; entry++) {
                added.addEntry(entry, entries[entry], dictionary);
            }
            Postings rebuilt = new Postings(groupAt, entry -> entries[entry].length);
            rebuilt.rebuild(entries, entries.length, dictionary);
            for (Postings postings : new Postings[] {added, rebuilt}) {
                assertArrayEquals(new int[] {0, 2, 4}, list(postings, the, 1));
                assertArrayEquals(new int[] {0, 2}, list(postings, the, 2));
                assertArrayEquals(new int[] {2}, list(postings, the, 3));
                assertArrayEquals(new int[] {}, list(postings, the, 4));
                assertArrayEquals(new int[] {0, 1}, list(postings, cat, 1));
                assertArrayEquals(new int[] {}, list(postings, cat, 2));
                assertArrayEquals(new int[] {2}, list(postings, seven, 2));
                // A number is in the "#" list once per side, however many numbers it holds.
                assertArrayEquals(new int[] {2, 4}, list(postings, TokenDictionary.NUMBER, 1));
                assertArrayEquals(new int[] {3}, list(postings, TokenDictionary.EMPTY, 1));
                assertEquals(0, postings.frequency(-3, 2));
            }
            for (Postings postings : new Postings[] {added, rebuilt}) {
                assertArrayEquals(new int[] {0}, group(postings, the, 1, 3));
                assertArrayEquals(new int[] {2}, group(postings, the, 2, 5));
                assertArrayEquals(new int[] {4}, group(postings, the, 1, 2));
                assertArrayEquals(new int[] {}, group(postings, the, 1, 1));
            }
        }
    }

    /**
     * Random sides over a small vocabulary, grouped from 3 entries on: each list, length by length,
     * holds the entries of that length holding the token that many times, in increasing order,
     * whether added one by one or rebuilt at once, and whatever range of lengths a lookup asks for.
     */
    @Test
    void groupsHoldTheEntriesOfTheirLengthInOrderHoweverBuilt() {
        Random random = new Random(3);
        int[] words = IntStream.range(0, 6).map(i -> dictionary.intern("w" + i, false)).toArray();
        int[][] sides = new int[300][];
        for (int entry = 0; entry < sides.length; entry++) {
            sides[entry] = IntStream.range(0, random.nextInt(9)).map(i -> words[(int) (words.length * Math.pow(random.nextDouble(), 2))])
                    .toArray();
        }
        Postings added = new Postings(3, entry -> sides[entry].length);
        for (int entry = 0; entry < sides.length; entry++) {
            added.addEntry(entry, sides[entry], dictionary);
        }
        Postings rebuilt = new Postings(3, entry -> sides[entry].length);
        rebuilt.rebuild(sides, sides.length, dictionary);
        for (int word : words) {
            for (int k = 1; k <= 8; k++) {
                int times = k;
                for (int n = 0; n <= 8; n++) {
                    int length = n;
                    int[] expected = IntStream.range(0, sides.length)
                            .filter(e -> sides[e].length == length && Arrays.stream(sides[e]).filter(id -> id == word).count() >= times)
                            .toArray();
                    assertArrayEquals(expected, group(added, word, k, n), "w" + word + " ×" + k + " length " + n);
                    assertArrayEquals(expected, group(rebuilt, word, k, n), "rebuilt w" + word + " ×" + k + " length " + n);
                }
                assertEquals(added.frequency(word, k), rebuilt.frequency(word, k));
            }
        }
    }

    /** The entries of length n holding the token at least k times, as a lookup asking for that length alone reads them. */
    private static int[] group(Postings postings, int id, int occurrence, int n) {
        ByLength groups = postings.grouped(id, occurrence, n, n);
        return Arrays.copyOf(groups.group(n), groups.size(n));
    }

    private static int[] list(Postings postings, int id, int occurrence) {
        int[] out = new int[postings.frequency(id, occurrence)];
        int[] at = {0};
        postings.forEach(id, occurrence, entry -> out[at[0]++] = entry);
        Arrays.sort(out);
        return out;
    }
}
