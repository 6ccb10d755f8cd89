package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The counting filter returns exactly the sides whose length is in range and whose multiset
 * overlap with the query reaches {@code max(floor, ⌈percent·max(m, n)/100⌉)}: computed here side
 * by side, so that a bound too loose (more sides) or too tight (a side lost) fails alike.
 */
class OverlapCountTest {
    private static final String[] WORDS = {"the", "of", "gaza", "talks", "force", "peace", "defense", "funding"};

    @Test
    void findsExactlyTheSidesWithEnoughOverlapAtEachLength() {
        Random random = new Random(11);
        int compared = 0;
        for (int groupAt : new int[] {2, 40, Postings.GROUP_AT}) {
            FuzzyIndex index = new FuzzyIndex(new IndexStore(1024, groupAt));
            List<IndexedUnit> units = new ArrayList<>();
            for (int id = 1; id <= 400; id++) {
                units.add(new IndexedUnit(id, 1, "en", "fr", sentence(random), sentence(random), null));
            }
            index.upsert(units);
            for (int q = 0; q < 300; q++) {
                String query = sentence(random);
                int percent = 1 + random.nextInt(100);
                int floor = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
                compared += index.read(store -> compare(store, query, percent, floor));
            }
        }
        assertTrue(compared > 10_000, "the queries must find sides: " + compared);
    }

    /** Compares the filter with the side-by-side count; returns how many sides both found. */
    private static int compare(IndexStore store, String text, int percent, int floor) {
        int[] query = Tokenizer.scoredNorms(text).stream().mapToInt(store::wordId).toArray();
        int m = query.length;
        int shortest = (percent * m + 99) / 100;
        int longest = 100 * m / percent;
        int[][] lists = lists(query);
        int[] found = new OverlapCount(store, lists[0], lists[1], shortest, longest).entries(m, percent, floor);
        int[] expected = IntStream.range(0, 2 * store.slotCount()).filter(entry -> {
            int n = store.length(entry);
            int need = Math.max(Math.max(1, floor), (percent * Math.max(m, n) + 99) / 100);
            return n >= shortest && n <= longest && overlap(query, store.tokens(entry)) >= need;
        }).toArray();
        assertArrayEquals(expected, found, () -> "'" + text + "' at " + percent + ", floor " + floor);
        return found.length;
    }

    /** The query's lists: each token with each of its occurrences. */
    private static int[][] lists(int[] query) {
        List<int[]> lists = new ArrayList<>();
        for (int i = 0; i < query.length; i++) {
            int id = query[i];
            int occurrence = (int) Arrays.stream(query, 0, i + 1).filter(other -> other == id).count();
            lists.add(new int[] {id, occurrence});
        }
        return new int[][] {lists.stream().mapToInt(l -> l[0]).toArray(), lists.stream().mapToInt(l -> l[1]).toArray()};
    }

    private static int overlap(int[] query, int[] side) {
        List<Integer> left = Arrays.stream(side).boxed().collect(Collectors.toCollection(ArrayList::new));
        int common = 0;
        for (int id : query) {
            if (left.remove(Integer.valueOf(id))) {
                common++;
            }
        }
        return common;
    }

    /** 0–14 words, the first ones far more often, so that sides repeat words and lists grow long. */
    private static String sentence(Random random) {
        return IntStream.range(0, random.nextInt(15))
                .mapToObj(i -> WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 2))])
                .collect(Collectors.joining(" "));
    }
}
