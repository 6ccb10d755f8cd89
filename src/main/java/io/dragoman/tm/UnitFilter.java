package io.dragoman.tm;

/** Optional criteria of a unit listing; a null field does not filter. */
public record UnitFilter(Long memoryId, String sourceLang, String targetLang, String contains) {
    public static UnitFilter all() {
        return new UnitFilter(null, null, null, null);
    }
}
