package io.dragoman.match;

import io.dragoman.text.Span;

/**
 * A {@link Span} as the lookup and the concordance answer it: its UTF-16 offsets (what Java and
 * JavaScript index by), the same place in code points (Python, Swift), and the text under it.
 */
public record SpanView(int start, int end, int codePointStart, int codePointEnd, String text) {

    /** {@code span} of {@code text}, shown. */
    static SpanView of(Span span, String text) {
        return new SpanView(span.start(), span.end(), span.codePointStart(text), span.codePointEnd(text), span.in(text));
    }
}
