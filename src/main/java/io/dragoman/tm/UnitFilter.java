package io.dragoman.tm;

import java.util.Set;

/**
 * Optional criteria of a unit listing; a null field does not filter. {@code excluded} are memories
 * whose units are left out (the restricted memories the caller may not read).
 */
public record UnitFilter(Long memoryId, String sourceLang, String targetLang, String contains, Set<Long> excluded) {
    public UnitFilter {
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    public UnitFilter(Long memoryId, String sourceLang, String targetLang, String contains) {
        this(memoryId, sourceLang, targetLang, contains, Set.of());
    }

    public static UnitFilter all() {
        return new UnitFilter(null, null, null, null);
    }
}
