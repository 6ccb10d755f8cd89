package io.dragoman.core;

import java.util.List;
import java.util.stream.Collectors;

/** The request is understood but some fields are invalid. */
public final class InvalidInputException extends DragomanException {
    /** How many violations the detail names; all of them are in the problem's list. */
    private static final int SUMMARISED = 5;
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
        String listed = violations.stream().limit(SUMMARISED).map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        int more = violations.size() - SUMMARISED;
        return more > 0 ? listed + " (and " + more + " more)" : listed;
    }

    public List<Violation> violations() { return violations; }

    @Override
    public Problem toProblem() {
        return super.toProblem().withViolations(violations);
    }

    @Override public String type() { return "invalid-input"; }

    @Override public String title() { return "Invalid input"; }

    @Override public int status() { return 400; }
}
