package io.dragoman.qa;

import java.time.OffsetDateTime;

/** An ignored finding: which check, which unit as it read then, why and by whom. */
public record IgnoredView(long id, String checkId, long unitId, String contentHash, Long memoryId,
                          String reason, String createdBy, OffsetDateTime createdAt) {
    static IgnoredView of(IgnoredFinding i) {
        return new IgnoredView(i.id, i.checkId, i.unitId, i.contentHash, i.memoryId, i.reason, i.createdBy, i.createdAt);
    }
}
