package io.dragoman.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Concordance over the index: unit sides whose scored tokens hold, contiguously, a word matching
 * each of the phrase's {@link WordPattern}s (punctuation between them is ignored, as in scoring).
 * Each pattern is first resolved to the set of dictionary words it matches; the position whose
 * words have the fewest postings is read, and each entry found there is checked in full.
 */
final class PhraseFinder {
    /** A side holding the phrase from its scored token {@code position} on. */
    record Hit(long unitId, int side, int position) {
    }

    private final IndexStore index;
    private final List<WordPattern> phrase;
    private final String lang;
    private final long[] memories;

    PhraseFinder(IndexStore index, List<WordPattern> phrase, String lang, long[] memories) {
        this.index = index;
        this.phrase = phrase;
        this.lang = lang;
        this.memories = memories;
    }

    List<Hit> run() {
        List<Hit> hits = new ArrayList<>();
        short code = index.languageCode(FuzzyIndex.primary(lang));
        if (phrase.isEmpty() || code == -1) {
            return hits;
        }
        BitSet[] words = new BitSet[phrase.size()];
        int rarest = -1;
        long fewest = Long.MAX_VALUE;
        for (int k = 0; k < words.length; k++) {
            words[k] = dictionaryWords(phrase.get(k));
            long postings = words[k].stream().mapToLong(id -> index.frequency(id)).sum();
            if (postings < fewest) {
                fewest = postings;
                rarest = k;
            }
        }
        if (fewest == 0) {
            return hits;
        }
        BitSet seen = new BitSet();
        for (int id = words[rarest].nextSetBit(0); id >= 0; id = words[rarest].nextSetBit(id + 1)) {
            index.forEachListing(id, entry -> {
                if (!seen.get(entry) && index.serves(entry, code, FuzzyIndex.ANY_LANGUAGE, memories)) {
                    seen.set(entry);
                    int at = find(index.tokens(entry), words);
                    if (at >= 0) {
                        hits.add(new Hit(index.unitId(entry), entry & 1, at));
                    }
                }
            });
        }
        hits.sort(Comparator.comparingLong(Hit::unitId).thenComparingInt(Hit::side));
        return hits;
    }

    /** The ids of the dictionary's words that the pattern matches (the reserved ids excluded). */
    private BitSet dictionaryWords(WordPattern pattern) {
        BitSet ids = new BitSet();
        if (!pattern.prefix()) {
            int exact = index.wordId(pattern.keys().get(0));
            if (exact >= 0) {
                ids.set(exact);
            }
            if (!pattern.arabic() && pattern.keys().size() == 1) {
                return ids; // a plain word has one form
            }
        }
        for (int id = TokenDictionary.EMPTY + 1; id < index.words(); id++) {
            if (pattern.matches(index.word(id))) {
                ids.set(id);
            }
        }
        return ids;
    }

    private static int find(int[] text, BitSet[] phrase) {
        outer:
        for (int start = 0; start + phrase.length <= text.length; start++) {
            for (int k = 0; k < phrase.length; k++) {
                if (text[start + k] < 0 || !phrase[k].get(text[start + k])) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
