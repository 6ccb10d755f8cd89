package io.dragoman.tm;

import io.dragoman.core.ConflictException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Memories and their units: the transactional heart of the translation memory. */
@ApplicationScoped
public class TmService {
    private final MemoryRepository memories;
    private final UnitRepository units;
    private final TmConfig config;
    private final Event<UnitChange> changes;

    TmService(MemoryRepository memories, UnitRepository units, TmConfig config, Event<UnitChange> changes) {
        this.memories = memories;
        this.units = units;
        this.config = config;
        this.changes = changes;
    }

    static OffsetDateTime now() {
        // Microseconds: what both H2 and PostgreSQL keep, so a value reads back as written.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public MemoryView createMemory(String name, String description) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
        String trimmed = name.strip();
        if (memories.findByName(trimmed).isPresent()) {
            throw new ConflictException("a memory named '" + trimmed + "' already exists");
        }
        Memory memory = new Memory();
        memory.name = trimmed;
        memory.description = description;
        memory.createdAt = now();
        memories.persist(memory);
        return view(memory);
    }

    @Transactional
    public List<MemoryView> listMemories() {
        return memories.listAll(io.quarkus.panache.common.Sort.by("id")).stream().map(this::view).toList();
    }

    @Transactional
    public MemoryView getMemory(long id) {
        return view(memory(id));
    }

    @Transactional
    public Optional<MemoryView> findMemoryByName(String name) {
        return memories.findByName(name).map(this::view);
    }

    @Transactional
    public void deleteMemory(long id) {
        Memory memory = memory(id);
        // Bulk deletes: the foreign keys cascade in the database, not unit by unit in memory.
        units.getEntityManager().createQuery(
                        "delete from UnitAnnotation a where a.unit.id in (select u.id from TranslationUnit u where u.memory.id = :m)")
                .setParameter("m", id).executeUpdate();
        units.delete("memory.id", id);
        memories.delete(memory);
        changes.fire(new UnitChange(UnitChange.Kind.MEMORY_DELETED, List.of(id)));
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
        if (expectedVersion != null && expectedVersion != unit.version) {
            throw new ConflictException("unit " + id + " was changed by someone else (version "
                    + unit.version + ", expected " + expectedVersion + ")");
        }
        Memory memory = unit.memory.id == draft.memoryId() ? unit.memory : memoryForField(draft.memoryId());
        // Only the previous segment's hash is stored, so an editor cannot send its text back: a
        // correction that leaves the source alone keeps the unit's in-context key.
        String context = draft.previousSource() == null && draft.sourceText().equals(unit.sourceText)
                ? unit.prevSourceHash : null;
        apply(unit, draft, memory);
        if (context != null) {
            unit.prevSourceHash = context;
        }
        unit.changedAt = draft.changedAt() != null ? draft.changedAt() : now();
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
        unit.lastUsedAt = now();
        return UnitView.of(unit);
    }

    private TranslationUnit newUnit(UnitDraft draft) {
        Memory memory = memoryForField(draft.memoryId());
        TranslationUnit unit = new TranslationUnit();
        apply(unit, draft, memory);
        OffsetDateTime now = now();
        unit.createdAt = draft.createdAt() != null ? draft.createdAt() : now;
        unit.createdBy = draft.user();
        unit.changedAt = draft.changedAt() != null ? draft.changedAt() : unit.createdAt;
        unit.changedBy = draft.changedBy() != null ? draft.changedBy() : draft.user();
        unit.usageCount = Math.max(0, draft.usageCount());
        unit.lastUsedAt = draft.lastUsedAt();
        return unit;
    }

    private void apply(TranslationUnit unit, UnitDraft draft, Memory memory) {
        Languages languages = check(draft);
        unit.memory = memory;
        unit.sourceLang = languages.source();
        unit.targetLang = languages.target();
        unit.sourceText = draft.sourceText();
        unit.targetText = draft.targetText();
        unit.sourceHash = TextHash.of(draft.sourceText());
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

    /** A draft's languages in canonical form. */
    record Languages(String source, String target) {
    }

    /**
     * Validates a draft's languages and texts (the rules every write path shares, the bulk
     * import included) and returns its normalised languages.
     *
     * @throws InvalidInputException listing every offending field
     */
    Languages check(UnitDraft draft) {
        List<Violation> violations = new ArrayList<>();
        String sourceLang = language("sourceLang", draft.sourceLang(), violations);
        String targetLang = language("targetLang", draft.targetLang(), violations);
        if (sourceLang != null && targetLang != null
                && LanguageTag.of(sourceLang).language().equals(LanguageTag.of(targetLang).language())) {
            violations.add(new Violation("targetLang", "must differ from the source language"));
        }
        if (draft.sourceText() == null || draft.sourceText().isBlank()) {
            violations.add(new Violation("sourceText", "must not be blank"));
        } else {
            checkLength("sourceText", draft.sourceText(), violations);
        }
        if (draft.targetText() == null) {
            violations.add(new Violation("targetText", "must not be null"));
        } else {
            checkLength("targetText", draft.targetText(), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Languages(sourceLang, targetLang);
    }

    private void checkLength(String field, String text, List<Violation> violations) {
        int limit = config.maxTextLength();
        if (text.length() > limit) {
            violations.add(new Violation(field, "is " + text.length()
                    + " characters long; the configured limit is " + limit + " (dragoman.tm.max-text-length)"));
        }
    }

    private static String language(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
            return null;
        }
        if (!LanguageTag.isValid(value)) {
            violations.add(new Violation(field, "'" + value + "' is not a BCP 47 language tag"));
            return null;
        }
        return LanguageTag.of(value).tag();
    }

    private Memory memory(long id) {
        return memories.findByIdOptional(id).orElseThrow(() -> new NotFoundException("memory", id));
    }

    private Memory memoryForField(long id) {
        return memories.findByIdOptional(id).orElseThrow(
                () -> InvalidInputException.of("memoryId", "memory " + id + " does not exist"));
    }

    private TranslationUnit unit(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private MemoryView view(Memory memory) {
        return new MemoryView(memory.id, memory.name, memory.description, memory.createdAt,
                units.countInMemory(memory.id));
    }
}
