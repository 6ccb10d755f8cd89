package io.dragoman.match;

import io.dragoman.text.AnalyzedText;

/**
 * A query ready for the index: its analysed text, the primary language subtags it may match
 * ({@code target} null: any), the memories ({@code memories} sorted; empty means every memory),
 * the threshold and the hashes of its raw text and of the previous segment (0: none).
 */
record PreparedQuery(AnalyzedText text, String source, String target, long[] memories, int threshold,
                     long rawHash, long previousHash) {

    /** The threshold the filters use: in-context (101) is an exact match first. */
    int filterThreshold() {
        return Math.min(threshold, 100);
    }
}
