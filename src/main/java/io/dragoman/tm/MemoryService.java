package io.dragoman.tm;

import io.dragoman.core.ConflictException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Memories: the named collections units belong to. */
@ApplicationScoped
public class MemoryService {
    private final MemoryRepository memories;
    private final UnitRepository units;
    private final UnitReader reader;
    private final Event<UnitChange> changes;

    MemoryService(MemoryRepository memories, UnitRepository units, UnitReader reader, Event<UnitChange> changes) {
        this.memories = memories;
        this.units = units;
        this.reader = reader;
        this.changes = changes;
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
        memory.createdAt = Timestamps.now();
        memories.persist(memory);
        return view(memory);
    }

    @Transactional
    public List<MemoryView> listMemories() {
        return memories.listAll(Sort.by("id")).stream().map(this::view).toList();
    }

    @Transactional
    public MemoryView getMemory(long id) {
        return view(memory(id));
    }

    @Transactional
    public Optional<MemoryView> findMemoryByName(String name) {
        return memories.findByName(name).map(this::view);
    }

    /** Deletes the memory with its units and their annotations. */
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

    private Memory memory(long id) {
        return memories.findByIdOptional(id).orElseThrow(() -> new NotFoundException("memory", id));
    }

    private MemoryView view(Memory memory) {
        return new MemoryView(memory.id, memory.name, memory.description, memory.createdAt,
                reader.countInMemory(memory.id));
    }
}
