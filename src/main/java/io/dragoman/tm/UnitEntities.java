package io.dragoman.tm;

import java.time.OffsetDateTime;

/** Copies a checked draft onto the unit entity that stores it. */
final class UnitEntities {
    private UnitEntities() {
    }

    /** A new unit; a draft without dates or usage (not an import preserving them) is new now and unused. */
    static TranslationUnit create(ValidUnit valid, Memory memory) {
        UnitDraft draft = valid.draft();
        TranslationUnit unit = new TranslationUnit();
        apply(unit, valid, memory);
        OffsetDateTime now = Timestamps.now();
        unit.createdAt = draft.createdAt() != null ? draft.createdAt() : now;
        unit.createdBy = draft.user();
        unit.changedAt = draft.changedAt() != null ? draft.changedAt() : unit.createdAt;
        unit.changedBy = draft.changedBy() != null ? draft.changedBy() : draft.user();
        unit.usageCount = Math.max(0, draft.usageCount());
        unit.lastUsedAt = draft.lastUsedAt();
        return unit;
    }

    /** Replaces the unit's memory, languages, texts, origin and annotations. */
    static void apply(TranslationUnit unit, ValidUnit valid, Memory memory) {
        UnitDraft draft = valid.draft();
        unit.memory = memory;
        unit.sourceLang = valid.sourceLang();
        unit.targetLang = valid.targetLang();
        unit.sourceText = draft.sourceText();
        unit.targetText = draft.targetText();
        unit.sourceHash = valid.sourceHash();
        unit.prevSourceHash = draft.previousSource() == null ? null : TextHash.of(draft.previousSource());
        unit.tuid = draft.tuid();
        unit.originDocument = draft.origin().document();
        unit.originPosition = draft.origin().position();
        unit.originFile = draft.origin().file();
        unit.annotations.clear();
        int position = 0;
        for (Annotation a : draft.annotations()) {
            UnitAnnotation entity = new UnitAnnotation();
            entity.unit = unit;
            entity.scope = a.scope();
            entity.kind = a.kind();
            entity.type = a.type();
            entity.lang = a.lang();
            entity.content = a.value();
            entity.position = position++;
            unit.annotations.add(entity);
        }
    }
}
