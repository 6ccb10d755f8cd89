package io.dragoman.tm;

import io.dragoman.account.MemoryScope;
import io.dragoman.account.RequestAccess;
import io.dragoman.core.AccessDeniedException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.NotSignedInException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the memory a request names. Clients hold a memory's id (what {@code /api/memories} lists)
 * or its name (what an import creates), so every {@code memory} parameter takes either: a value
 * of digits is read as an id first and, when no memory has that id, as a name, so that a memory
 * named {@code 2024} stays reachable.
 *
 * <p>It is also where per-memory access is enforced, since every path that names a memory, or
 * asks for all of them, comes here: a restricted memory the caller may not read resolves as if it
 * did not exist (404, its existence not revealed) and is left out of "every memory"; writing
 * units into one needs membership with write. A caller nobody signed in to (the few reads open to
 * the public) must name a memory an admin made public: anything else answers 401, whether the
 * memory exists or not. Outside an HTTP request (the command line, run by whoever owns the files)
 * nothing is restricted.
 */
@ApplicationScoped
public class MemoryResolver {
    private static final int MAX_ID_DIGITS = 18;
    /**
     * A memory id that no memory has (identities start at 1): the filter of a caller who may read
     * no memory at all, since an empty filter means every memory to the match index.
     */
    public static final long NO_MEMORY = -1;

    /** A memory as a reference resolves to. */
    public record Resolved(long id, String name) {
    }

    private final MemoryRepository memories;
    private final RequestAccess access;

    MemoryResolver(MemoryRepository memories, RequestAccess access) {
        this.memories = memories;
        this.access = access;
    }

    /** The memory {@code reference} names, by id or by name; empty when none does. */
    @Transactional
    public Optional<Resolved> find(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String value = reference.strip();
        MemoryScope scope = scope();
        Optional<Memory> byId = isId(value) ? memories.findByIdOptional(Long.parseLong(value)) : Optional.empty();
        return byId.filter(m -> scope.reads(m.id)).or(() -> memories.findByName(value).filter(m -> scope.reads(m.id)))
                .map(m -> new Resolved(m.id, m.name));
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
        return find(reference).orElseThrow(() -> anonymous() ? signIn("memory '" + reference + "'")
                : NotFoundException.byParameter(parameter, "memory", reference));
    }

    /**
     * As {@link #require}, for an optional filter: null when the parameter is absent or blank,
     * which a caller nobody signed in to may not leave it (401).
     */
    public Long idOrNull(String parameter, String reference) {
        if (reference == null || reference.isBlank()) {
            if (anonymous()) {
                throw signIn("every memory");
            }
            return null;
        }
        return require(parameter, reference).id();
    }

    /**
     * The ids of the memories a repeated parameter names; blank values are no filter, as in
     * {@link #idOrNull}. None named is every memory: an empty list while the caller may read them
     * all, else the memories it may read spelt out (see {@link #NO_MEMORY}).
     */
    @Transactional
    public List<Long> requireAll(String parameter, List<String> references) {
        List<Long> ids = new ArrayList<>();
        if (references != null) {
            references.stream().map(reference -> idOrNull(parameter, reference)).filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        if (ids.isEmpty() && anonymous()) {
            throw signIn("every memory");
        }
        MemoryScope scope = scope();
        if (!ids.isEmpty() || !scope.hidesAny()) {
            return ids;
        }
        List<Long> readable = memories.getEntityManager().createQuery("select m.id from Memory m order by m.id", Long.class)
                .getResultStream().filter(scope::reads).toList();
        return readable.isEmpty() ? List.of(NO_MEMORY) : readable;
    }

    /** The memories whose units a listing of every memory leaves out. */
    public Set<Long> hidden() {
        return scope().unreadable();
    }

    /** Checks that the caller may read a record of {@code memory}; when not, the record answers as missing. */
    public void requireReadable(long memory, String resource, Object id) {
        if (!scope().reads(memory)) {
            throw anonymous() ? signIn(resource + " " + id) : new NotFoundException(resource, id);
        }
    }

    /**
     * Checks that the caller may write units into {@code memory}, which the request field
     * {@code field} names: a memory it may not read answers as a missing one, one it reads but is
     * no writing member of is forbidden (403).
     */
    public void requireWritable(String field, long memory) {
        MemoryScope scope = scope();
        if (!scope.reads(memory)) {
            throw InvalidInputException.of(field, "memory " + memory + " does not exist");
        }
        if (!scope.writes(memory)) {
            throw new AccessDeniedException("memory " + memory + " is restricted: only its members with write"
                    + " and admins may change its units");
        }
    }

    /** True when the request is an HTTP request that nobody is signed in to. */
    public boolean anonymous() {
        return Arc.container().requestContext().isActive() && access.anonymous();
    }

    private static NotSignedInException signIn(String what) {
        return new NotSignedInException("sign in to read " + what + ": without signing in only the memories an admin"
                + " made public are open, each named by its id or name (memory=…)", true);
    }

    private MemoryScope scope() {
        return Arc.container().requestContext().isActive() ? access.scope() : MemoryScope.EVERYTHING;
    }

    private static boolean isId(String value) {
        return value.length() <= MAX_ID_DIGITS && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
