package io.dragoman.core;

/** The request conflicts with the current state (a duplicate name, a stale version). */
public final class ConflictException extends DragomanException {
    public ConflictException(String message) {
        super(message);
    }

    @Override public String type() { return "conflict"; }

    @Override public String title() { return "Conflict"; }

    @Override public int status() { return 409; }
}
