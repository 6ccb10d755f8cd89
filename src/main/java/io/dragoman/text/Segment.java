package io.dragoman.text;

/**
 * One sentence-like segment of a document: its text (surrounding whitespace removed), its
 * offsets in UTF-16 units into the original document, and the 0-based paragraph it belongs to
 * (paragraphs are separated by blank lines).
 */
public record Segment(String text, int start, int end, int paragraph) {
    public Segment {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a segment has text");
        }
        if (start < 0 || end < start || paragraph < 0) {
            throw new IllegalArgumentException("bad segment bounds " + start + ".." + end);
        }
    }

    /** Where this segment is in the document. */
    public Span span() {
        return new Span(start, end);
    }
}
