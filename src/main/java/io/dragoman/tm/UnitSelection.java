package io.dragoman.tm;

import io.dragoman.text.LanguageTag;
import java.time.OffsetDateTime;

/**
 * Which units a bulk read (an export) takes. A language without region ({@code ar}) matches every
 * region of it ({@code ar}, {@code ar-SA}); one with a region matches exactly. With
 * {@code bothDirections}, units stored the other way round (target→source) are taken too.
 * Null fields do not filter.
 */
public record UnitSelection(Long memoryId, LanguageTag sourceLang, LanguageTag targetLang,
                            boolean bothDirections, OffsetDateTime changedSince) {
    public static UnitSelection all() {
        return new UnitSelection(null, null, null, false, null);
    }
}
