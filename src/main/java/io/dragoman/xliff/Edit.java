package io.dragoman.xliff;

import java.util.Comparator;
import java.util.List;

/** Replaces the characters {@code [start, end)} of the original text (an insertion when equal). */
record Edit(int start, int end, String text) {
    /**
     * The original text with the edits made. Edits must not overlap; at one place insertions come
     * before a replacement, and insertions keep their order.
     */
    static String apply(String original, List<Edit> edits) {
        List<Edit> sorted = edits.stream()
                .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() - e.start())).toList();
        StringBuilder out = new StringBuilder(original.length() + edits.size() * 64);
        int at = 0;
        for (Edit edit : sorted) {
            out.append(original, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(original, at, original.length()).toString();
    }
}
