package io.dragoman.text;

import java.util.List;

/**
 * A stretch of a text in UTF-16 units (what Java and JavaScript index by): {@code start}
 * inclusive, {@code end} exclusive. Offsets count logical order, so right-to-left text needs no
 * special care. A span does not hold its text: {@link #in} reads it, and {@link #codePointStart}
 * and {@link #codePointEnd} count the same place in code points (Python, Swift) for the clients
 * that need them, from the text the span was taken from.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** From the start of {@code tokens[from]} to the end of {@code tokens[to - 1]}. */
    public static Span covering(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies within this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The text under this span. */
    public String in(String text) {
        return text.substring(start, end);
    }

    /** {@link #start} counted in code points of {@code text}, the text this span was taken from. */
    public int codePointStart(String text) {
        return text.codePointCount(0, start);
    }

    /** {@link #end} counted in code points of {@code text}, the text this span was taken from. */
    public int codePointEnd(String text) {
        return text.codePointCount(0, end);
    }
}
