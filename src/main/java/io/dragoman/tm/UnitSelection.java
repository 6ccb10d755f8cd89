package io.dragoman.tm;

import io.dragoman.core.InvalidInputException;
import io.dragoman.text.LanguageTag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Which units a read takes; every {@link UnitReader} read is filtered by one. Null fields do not
 * filter. {@code excluded} are memories whose units are left out (those the caller may not read).
 * Languages are the stored direction: they match exactly, but with {@code anyRegion} a language
 * without region ({@code ar}) matches every region of it too ({@code ar}, {@code ar-SA}); with
 * {@code bothDirections}, units stored the other way round (target→source) are taken too.
 * {@code contains} is a case-insensitive substring of either text; {@code changedSince} keeps units
 * changed at or after it.
 */
public record UnitSelection(Long memoryId, Set<Long> excluded, LanguageTag sourceLang, LanguageTag targetLang,
                            boolean anyRegion, boolean bothDirections, String contains, OffsetDateTime changedSince) {
    public UnitSelection {
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    public static UnitSelection all() {
        return new UnitSelection(null, Set.of(), null, null, false, false, null, null);
    }

    /** Every unit of one memory. */
    public static UnitSelection memory(long memoryId) {
        return new UnitSelection(memoryId, Set.of(), null, null, false, false, null, null);
    }

    /**
     * A listing's or a QA run's fields as a caller writes them: languages exactly as stored, an
     * empty {@code contains} takes every unit.
     *
     * @throws InvalidInputException naming a language that is not a BCP 47 tag
     */
    public static UnitSelection of(Long memoryId, String sourceLang, String targetLang, String contains) {
        return new UnitSelection(memoryId, Set.of(), LanguageTag.parseOptional("sourceLang", sourceLang),
                LanguageTag.parseOptional("targetLang", targetLang), false, false,
                contains == null || contains.isEmpty() ? null : contains, null);
    }

    /**
     * An export's fields as a caller writes them: a language without region takes its regions too,
     * {@code changedSince} is an ISO date or date-time with offset; blank fields do not filter.
     *
     * @throws InvalidInputException naming the field that cannot be read
     */
    public static UnitSelection forExport(Long memoryId, String sourceLang, String targetLang, boolean bothDirections,
                                          String changedSince) {
        return new UnitSelection(memoryId, Set.of(), LanguageTag.parseOptional("sourceLang", sourceLang),
                LanguageTag.parseOptional("targetLang", targetLang), true, bothDirections, null, since(changedSince));
    }

    /** This selection without the units of {@code memories}. */
    public UnitSelection excluding(Set<Long> memories) {
        return new UnitSelection(memoryId, memories, sourceLang, targetLang, anyRegion, bothDirections, contains,
                changedSince);
    }

    private static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("changedSince", "'" + value
                    + "' is neither an ISO date (2024-05-31) nor an ISO date-time with offset (2024-05-31T12:00:00Z)");
        }
    }
}
