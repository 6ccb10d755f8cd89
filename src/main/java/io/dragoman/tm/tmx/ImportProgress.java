package io.dragoman.tm.tmx;

/** Told how far an import has come, a few times per second at most. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (bytesRead, bytesTotal, unitsRead) -> { };

    /** {@code bytesRead} of {@code bytesTotal} are counted as uploaded (compressed when the file is). */
    void update(long bytesRead, long bytesTotal, long unitsRead);
}
