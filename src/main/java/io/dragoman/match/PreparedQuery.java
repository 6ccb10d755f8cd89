package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.List;

/**
 * A query ready for the index: its scored tokens, the languages and memories it may match, and
 * the threshold. {@code memories} is sorted; empty means every memory.
 */
record PreparedQuery(String text, List<Token> scoredTokens, String sourceLang, String targetLang,
                     long[] memories, int threshold, long rawHash, long previousHash) {

    /** The threshold the filters use: in-context (101) is an exact match first. */
    int filterThreshold() {
        return Math.min(threshold, 100);
    }

    String norm() {
        return FuzzyIndex.joinNorms(scoredTokens);
    }
}
