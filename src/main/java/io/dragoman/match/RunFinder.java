package io.dragoman.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The longest runs of a query's words, left to right, that stored sides in one language hold
 * contiguously, word for word once normalised (the index's own tokens, as whole-unit matching
 * compares them). For each start, the postings of the rarest of its first {@code minWords} words give
 * the candidate sides, every place they hold those words is kept, and the run grows one word at a
 * time by checking only the places still open: the cost is one postings read per start, not one per
 * run length. Called under the index's read lock.
 */
final class RunFinder {
    /** Query words {@code [from, to)} and the sides that hold them, one hit per side. */
    record Run(int from, int to, List<PhraseFinder.Hit> hits) {
    }

    private final IndexStore index;

    RunFinder(IndexStore index) {
        this.index = index;
    }

    List<Run> find(List<String> norms, String lang, long[] memories, int minWords) {
        List<Run> runs = new ArrayList<>();
        short code = index.languageCode(FuzzyIndex.primary(lang));
        if (code == -1) {
            return runs;
        }
        int[] ids = norms.stream().mapToInt(index::wordId).toArray();
        int start = 0;
        while (start + minWords <= ids.length) {
            List<int[]> places = places(ids, start, minWords, code, memories);
            if (places.isEmpty()) {
                start++;
                continue;
            }
            int length = minWords;
            while (start + length < ids.length) {
                int next = ids[start + length];
                if (next < 0) {
                    break;
                }
                int at = length;
                List<int[]> longer = places.stream()
                        .filter(p -> p[1] + at < index.tokens(p[0]).length && index.tokens(p[0])[p[1] + at] == next).toList();
                if (longer.isEmpty()) {
                    break;
                }
                places = longer;
                length++;
            }
            runs.add(new Run(start, start + length, hits(places)));
            start += length;
        }
        return runs;
    }

    /** Every (entry, position) where a live side in the language holds {@code ids[start..start+length)}. */
    private List<int[]> places(int[] ids, int start, int length, short code, long[] memories) {
        List<int[]> places = new ArrayList<>();
        int rarest = -1;
        for (int k = start; k < start + length; k++) {
            if (ids[k] < 0) {
                return places; // a word no stored text has
            }
            if (rarest < 0 || index.frequency(ids[k]) < index.frequency(rarest)) {
                rarest = ids[k];
            }
        }
        BitSet seen = new BitSet();
        index.forEachListing(rarest, entry -> {
            if (!seen.get(entry) && index.serves(entry, code, FuzzyIndex.ANY_LANGUAGE, memories)) {
                seen.set(entry);
                int[] text = index.tokens(entry);
                for (int p = 0; p + length <= text.length; p++) {
                    if (holds(text, p, ids, start, length)) {
                        places.add(new int[] {entry, p});
                    }
                }
            }
        });
        return places;
    }

    private static boolean holds(int[] text, int at, int[] ids, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (text[at + k] != ids[start + k]) {
                return false;
            }
        }
        return true;
    }

    /** One hit per side (its first place), in unit order. */
    private List<PhraseFinder.Hit> hits(List<int[]> places) {
        List<PhraseFinder.Hit> hits = new ArrayList<>();
        BitSet seen = new BitSet();
        for (int[] place : places) {
            if (!seen.get(place[0])) {
                seen.set(place[0]);
                hits.add(new PhraseFinder.Hit(index.unitId(place[0]), place[0] & 1, place[1]));
            }
        }
        // The lists give sides in no stated order: the side breaks a tie between the two of a unit.
        hits.sort(java.util.Comparator.comparingLong(PhraseFinder.Hit::unitId).thenComparingInt(PhraseFinder.Hit::side));
        return hits;
    }
}
