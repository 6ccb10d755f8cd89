package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Concordance over the index: unit sides whose scored tokens contain the phrase's tokens
 * contiguously (punctuation between them is ignored, as in scoring). Reads the inverted list of
 * the phrase's rarest token and checks each entry.
 */
final class PhraseFinder {
    /** A side holding the phrase from its scored token {@code position} on. */
    record Hit(long unitId, int side, int position) {
    }

    private final FuzzyIndex index;
    private final List<Token> phrase;
    private final String lang;
    private final long[] memories;

    PhraseFinder(FuzzyIndex index, List<Token> phrase, String lang, long[] memories) {
        this.index = index;
        this.phrase = phrase;
        this.lang = lang;
        this.memories = memories;
    }

    List<Hit> run() {
        List<Hit> hits = new ArrayList<>();
        short code = index.languageCode(FuzzyIndex.primary(lang));
        int[] ids = index.queryIds(phrase);
        if (ids.length == 0 || code == -1 || java.util.Arrays.stream(ids).anyMatch(id -> id < 0)) {
            return hits;
        }
        int rarest = index.dictionary.filterId(ids[0]);
        for (int id : ids) {
            int filterId = index.dictionary.filterId(id);
            if (index.postings.frequency(filterId) < index.postings.frequency(rarest)) {
                rarest = filterId;
            }
        }
        int[] list = index.postings.list(rarest);
        int size = index.postings.frequency(rarest);
        for (int i = 0; i < size; i++) {
            int entry = list[i];
            int slot = entry >>> 1;
            if (!index.isAlive(slot) || !index.languagesFit(entry, code, FuzzyIndex.ANY_LANGUAGE)
                    || !index.memoryFits(slot, memories)) {
                continue;
            }
            int at = find(index.tokens[entry], ids);
            if (at >= 0) {
                hits.add(new Hit(index.unitIds[slot], entry & 1, at));
            }
        }
        hits.sort(Comparator.comparingLong(Hit::unitId).thenComparingInt(Hit::side));
        return hits;
    }

    private static int find(int[] text, int[] phrase) {
        outer:
        for (int start = 0; start + phrase.length <= text.length; start++) {
            for (int k = 0; k < phrase.length; k++) {
                if (text[start + k] != phrase[k]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
