package io.dragoman.tm;

import java.util.Objects;
import java.util.Set;

/**
 * A property or note of a unit: TMX {@code <prop type="…">} and {@code <note>}, on the unit
 * ({@code tu}) or on one of its sides ({@code source}, {@code target}).
 */
public record Annotation(String scope, String kind, String type, String lang, String value) {
    public static final Set<String> SCOPES = Set.of("tu", "source", "target");
    public static final Set<String> KINDS = Set.of("prop", "note");

    public Annotation {
        scope = scope == null ? "tu" : scope;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!SCOPES.contains(scope)) {
            throw new IllegalArgumentException("scope must be one of " + SCOPES);
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS);
        }
    }

    public static Annotation prop(String type, String value) {
        return new Annotation("tu", "prop", type, null, value);
    }

    public static Annotation note(String value) {
        return new Annotation("tu", "note", null, null, value);
    }
}
