package io.dragoman.core;

/**
 * The one error model of Dragoman. Each variant maps to a single HTTP status and problem type;
 * messages are written for the user and never carry class names or stack traces.
 */
public abstract sealed class DragomanException extends RuntimeException
        permits NotFoundException, InvalidInputException, FormatException, ConflictException,
        LimitExceededException, BusyException, NotSignedInException, AccessDeniedException,
        TooManyAttemptsException, StorageFullException, DatabaseFileLostException {

    protected DragomanException(String message) {
        super(message, null, false, false);
    }

    protected DragomanException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Short, stable problem type slug, e.g. {@code not-found}. */
    public abstract String type();

    /** Human-readable summary of the problem type (RFC 9457 {@code title}). */
    public abstract String title();

    /** HTTP status code this problem maps to. */
    public abstract int status();

    /** This failure as the API answers it; variants that know more (fields, a place in a file) add it. */
    public Problem toProblem() {
        return Problem.of(type(), title(), status(), getMessage());
    }

    /** Response headers the problem needs beside its body (a challenge, a retry delay). */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
