package io.dragoman.tm;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored unit as returned to callers: texts exactly as stored, plus its metadata. */
public record UnitView(
        long id,
        long memoryId,
        String sourceLang,
        String targetLang,
        String sourceText,
        String targetText,
        String tuid,
        Origin origin,
        String prevSourceHash,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime changedAt,
        String changedBy,
        int usageCount,
        OffsetDateTime lastUsedAt,
        long version,
        List<Annotation> annotations) {

    static UnitView of(TranslationUnit unit) {
        return new UnitView(unit.id, unit.memory.id, unit.sourceLang, unit.targetLang,
                unit.sourceText, unit.targetText, unit.tuid,
                new Origin(unit.originDocument, unit.originPosition, unit.originFile),
                unit.prevSourceHash, unit.createdAt, unit.createdBy, unit.changedAt, unit.changedBy,
                unit.usageCount, unit.lastUsedAt, unit.version,
                unit.annotations.stream()
                        .map(a -> new Annotation(a.scope, a.kind, a.type, a.lang, a.content))
                        .toList());
    }
}
