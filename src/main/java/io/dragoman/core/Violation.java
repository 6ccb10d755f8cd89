package io.dragoman.core;

import java.util.Objects;

/** One offending field of a request: a JSON-pointer-like path and what is wrong with it. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
