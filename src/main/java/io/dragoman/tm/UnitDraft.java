package io.dragoman.tm;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a caller supplies to create or replace a unit. Languages are raw strings as received and
 * are validated and normalised by {@link UnitValidator}. {@code previousSource} is the source text of
 * the segment before this one in its document (for in-context matches); it is stored as a hash.
 * Dates and usage are given by imports that preserve them; null means "now" and zero.
 */
public record UnitDraft(
        long memoryId,
        String sourceLang,
        String targetLang,
        String sourceText,
        String targetText,
        String previousSource,
        String tuid,
        Origin origin,
        String user,
        OffsetDateTime createdAt,
        OffsetDateTime changedAt,
        String changedBy,
        int usageCount,
        OffsetDateTime lastUsedAt,
        List<Annotation> annotations) {

    public UnitDraft {
        origin = origin == null ? Origin.NONE : origin;
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** A plain new pair typed by a user. */
    public static UnitDraft of(long memoryId, String sourceLang, String targetLang,
                               String sourceText, String targetText) {
        return new UnitDraft(memoryId, sourceLang, targetLang, sourceText, targetText, null, null,
                Origin.NONE, null, null, null, null, 0, null, List.of());
    }
}
