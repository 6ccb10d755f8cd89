package io.dragoman.core;

import java.util.List;

/** The request is understood but some fields are invalid. */
public final class InvalidInputException extends DragomanException {
    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        Violation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }

    public List<Violation> violations() { return violations; }

    @Override public String type() { return "invalid-input"; }

    @Override public String title() { return "Invalid input"; }

    @Override public int status() { return 400; }
}
