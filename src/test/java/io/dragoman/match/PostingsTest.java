package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The lists of repeated occurrences, as an entry is added and as a rebuild lists every entry again. */
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
        Postings added = new Postings();
        for (int entry = 0; entry < entries.length; entry++) {
            added.addEntry(entry, entries[entry], dictionary);
        }
        Postings rebuilt = new Postings();
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
    }

    private static int[] list(Postings postings, int id, int occurrence) {
        return Arrays.copyOf(postings.list(id, occurrence), postings.frequency(id, occurrence));
    }
}
