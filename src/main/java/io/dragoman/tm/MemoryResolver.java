package io.dragoman.tm;

import io.dragoman.core.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the memory a request names. Clients hold a memory's id (what {@code /api/memories} lists)
 * or its name (what an import creates), so every {@code memory} parameter takes either: a value
 * of digits is read as an id first and, when no memory has that id, as a name, so that a memory
 * named {@code 2024} stays reachable.
 */
@ApplicationScoped
public class MemoryResolver {
    private static final int MAX_ID_DIGITS = 18;

    /** A memory as a reference resolves to. */
    public record Resolved(long id, String name) {
    }

    private final MemoryRepository memories;

    MemoryResolver(MemoryRepository memories) {
        this.memories = memories;
    }

    /** The memory {@code reference} names, by id or by name; empty when none does. */
    @Transactional
    public Optional<Resolved> find(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String value = reference.strip();
        Optional<Memory> byId = isId(value) ? memories.findByIdOptional(Long.parseLong(value)) : Optional.empty();
        return byId.or(() -> memories.findByName(value)).map(m -> new Resolved(m.id, m.name));
    }

    /**
     * The name to import into: the stored name of the memory {@code reference} names (by id or
     * name), or the reference itself, which names a memory the import creates.
     */
    public String importTarget(String reference) {
        return find(reference).map(Resolved::name).orElse(reference);
    }

    /**
     * The memory the request parameter {@code parameter} names.
     *
     * @throws NotFoundException naming the parameter and its value when no memory matches
     */
    public Resolved require(String parameter, String reference) {
        return find(reference).orElseThrow(() -> NotFoundException.byParameter(parameter, "memory", reference));
    }

    /** As {@link #require}, for an optional filter: null when the parameter is absent or blank. */
    public Long idOrNull(String parameter, String reference) {
        return reference == null || reference.isBlank() ? null : require(parameter, reference).id();
    }

    /** The ids of the memories a repeated parameter names; blank values are no filter, as in {@link #idOrNull}. */
    public List<Long> requireAll(String parameter, List<String> references) {
        List<Long> ids = new ArrayList<>();
        if (references != null) {
            references.stream().map(reference -> idOrNull(parameter, reference)).filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        return ids;
    }

    private static boolean isId(String value) {
        return value.length() <= MAX_ID_DIGITS && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
