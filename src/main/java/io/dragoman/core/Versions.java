package io.dragoman.core;

/**
 * Optimistic locking as an editor meets it: a change made from a copy that is no longer the
 * stored version is refused rather than silently overwriting the other editor's work.
 */
public final class Versions {
    private Versions() {
    }

    /**
     * @param expected the version the editor read, or null when the editor does not ask
     * @throws ConflictException when {@code expected} is given and differs from {@code current}
     */
    public static void requireCurrent(String what, long id, long current, Long expected) {
        if (expected != null && expected != current) {
            throw new ConflictException(what + " " + id + " was changed by someone else (version "
                    + current + ", expected " + expected + ")");
        }
    }
}
