package io.dragoman.tm;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Page;
import io.dragoman.core.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Units one at a time or a list at once: writes checked by {@link UnitValidator}, each one
 * announced as a {@link UnitChange} so the indexes follow.
 */
@ApplicationScoped
public class UnitService {
    private final MemoryRepository memories;
    private final UnitRepository units;
    private final UnitValidator validator;
    private final Event<UnitChange> changes;

    UnitService(MemoryRepository memories, UnitRepository units, UnitValidator validator, Event<UnitChange> changes) {
        this.memories = memories;
        this.units = units;
        this.validator = validator;
        this.changes = changes;
    }

    @Transactional
    public UnitView createUnit(UnitDraft draft) {
        TranslationUnit unit = newUnit(draft);
        units.persist(unit);
        changes.fire(new UnitChange(UnitChange.Kind.UPSERT, List.of(unit.id)));
        return UnitView.of(unit);
    }

    /** Creates many units in one transaction: all or nothing. Returns their ids in order. */
    @Transactional
    public List<Long> createUnits(List<UnitDraft> drafts) {
        List<TranslationUnit> created = new ArrayList<>(drafts.size());
        for (UnitDraft draft : drafts) {
            TranslationUnit unit = newUnit(draft);
            units.persist(unit);
            created.add(unit);
        }
        units.flush();
        List<Long> ids = created.stream().map(u -> u.id).toList();
        changes.fire(new UnitChange(UnitChange.Kind.UPSERT, ids));
        return ids;
    }

    @Transactional
    public UnitView getUnit(long id) {
        return UnitView.of(unit(id));
    }

    /**
     * Replaces a unit's texts, languages and metadata. When {@code expectedVersion} is given and
     * the unit changed since, the update is refused (two reviewers editing the same unit).
     */
    @Transactional
    public UnitView updateUnit(long id, UnitDraft draft, Long expectedVersion) {
        TranslationUnit unit = unit(id);
        Versions.requireCurrent("unit", id, unit.version, expectedVersion);
        Memory memory = unit.memory.id == draft.memoryId() ? unit.memory : memoryForField(draft.memoryId());
        // Only the previous segment's hash is stored, so an editor cannot send its text back: a
        // correction that leaves the source alone keeps the unit's in-context key.
        String context = draft.previousSource() == null && draft.sourceText().equals(unit.sourceText)
                ? unit.prevSourceHash : null;
        UnitEntities.apply(unit, validator.validate(draft), memory);
        if (context != null) {
            unit.prevSourceHash = context;
        }
        unit.changedAt = draft.changedAt() != null ? draft.changedAt() : Timestamps.now();
        unit.changedBy = draft.changedBy() != null ? draft.changedBy() : draft.user();
        units.flush();
        changes.fire(new UnitChange(UnitChange.Kind.UPSERT, List.of(unit.id)));
        return UnitView.of(unit);
    }

    @Transactional
    public void deleteUnit(long id) {
        units.delete(unit(id));
        changes.fire(new UnitChange(UnitChange.Kind.DELETE, List.of(id)));
    }

    /** Records that a translator accepted this unit's target. */
    @Transactional
    public UnitView markUsed(long id) {
        TranslationUnit unit = unit(id);
        unit.usageCount++;
        unit.lastUsedAt = Timestamps.now();
        // A lookup shows the usage count: caches of what lookups return learn of it as of any edit.
        changes.fire(new UnitChange(UnitChange.Kind.UPSERT, List.of(unit.id)));
        return UnitView.of(unit);
    }

    private TranslationUnit newUnit(UnitDraft draft) {
        Memory memory = memoryForField(draft.memoryId());
        return UnitEntities.create(validator.validate(draft), memory);
    }

    private Memory memoryForField(long id) {
        return memories.findByIdOptional(id).orElseThrow(
                () -> InvalidInputException.of("memoryId", "memory " + id + " does not exist"));
    }

    private TranslationUnit unit(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> new NotFoundException("unit", id));
    }
}
