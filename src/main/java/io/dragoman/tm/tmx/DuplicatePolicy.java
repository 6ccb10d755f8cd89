package io.dragoman.tm.tmx;

import io.dragoman.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an import does with a unit whose source text the memory already holds in the same
 * language pair. Identical means same languages, same source and same target text.
 */
public enum DuplicatePolicy {
    /** Skip a unit identical to a stored one; add every other. The default. */
    SKIP_IDENTICAL,
    /**
     * Keep one translation per source: replace the most recently changed stored unit when the
     * incoming one is newer by {@code changedate} (or {@code creationdate} when it has none);
     * skip it otherwise, and skip a unit with no date at all when the source is already stored.
     */
    OVERWRITE_NEWER,
    /** Add every unit, identical or not. */
    KEEP_ALL;

    /** The name used in the API and on the command line: {@code skip-identical}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a slug; null gives the default. */
    public static DuplicatePolicy of(String slug) {
        if (slug == null || slug.isBlank()) {
            return SKIP_IDENTICAL;
        }
        for (DuplicatePolicy policy : values()) {
            if (policy.slug().equals(slug.strip().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw InvalidInputException.of("policy", "'" + slug + "' is not one of "
                + Arrays.stream(values()).map(DuplicatePolicy::slug).collect(Collectors.joining(", ")));
    }
}
