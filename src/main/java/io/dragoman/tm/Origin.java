package io.dragoman.tm;

/**
 * Where a unit came from: a document and the unit's 1-based position in it (aligned documents),
 * or the file it was imported from. Any field may be null.
 */
public record Origin(String document, Integer position, String file) {
    public static final Origin NONE = new Origin(null, null, null);

    public static Origin document(String document, int position) {
        return new Origin(document, position, null);
    }

    public static Origin file(String file) {
        return new Origin(null, null, file);
    }
}
