package io.dragoman.core;

/** The signed-in user's role (or the token's ceiling) does not allow this, or a write lacks its CSRF proof. */
public final class AccessDeniedException extends DragomanException {
    public AccessDeniedException(String message) {
        super(message);
    }

    @Override public String type() { return "forbidden"; }

    @Override public String title() { return "Forbidden"; }

    @Override public int status() { return 403; }
}
