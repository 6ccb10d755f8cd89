package io.dragoman.qa;

/** A stretch of a text in UTF-16 units: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** The text under this span. */
    public String in(String text) {
        return text.substring(start, end);
    }
}
