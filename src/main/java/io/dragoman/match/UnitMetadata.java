package io.dragoman.match;

import java.time.OffsetDateTime;

/** What a translator sees next to a match: where the unit comes from, who made it, its use. */
public record UnitMetadata(String tuid, String originDocument, Integer originPosition, String originFile,
                           OffsetDateTime createdAt, String createdBy, OffsetDateTime changedAt,
                           String changedBy, int usageCount, OffsetDateTime lastUsedAt) {
}
