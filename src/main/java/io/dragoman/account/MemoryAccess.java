package io.dragoman.account;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-memory access, kept in the database ({@code memory.access}, {@code memory_member}) and read
 * from it on every request rather than cached: a member an admin removes loses the memory at once
 * on every node, with no sync interval during which another node still answers. The read is one
 * indexed query over the restricted memories, which are few. V16's column comment names two
 * values; {@code public} came later, and this class is still the one that checks them.
 */
@ApplicationScoped
public class MemoryAccess {
    public static final String TEAM = "team";
    public static final String RESTRICTED = "restricted";
    public static final String PUBLIC = "public";

    /** What a client asks a memory's access to become; null members mean none. */
    public record Change(String access, List<Member> members) {
        public record Member(String username, Boolean write) {
        }
    }

    private final EntityManager em;
    private final AccountService accounts;

    MemoryAccess(EntityManager em, AccountService accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    /**
     * What {@code who} may read and write; an admin, acting as one, everything. Nobody signed in
     * (null) reads only the public memories and writes none.
     */
    @Transactional
    public MemoryScope scopeOf(SignedIn who) {
        if (who != null && who.role() == Role.ADMIN) {
            return MemoryScope.EVERYTHING;
        }
        if (who == null) {
            Set<Long> closed = memoriesWhere("<>", PUBLIC);
            return new MemoryScope(closed, closed);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, mm.can_write from memory m left join memory_member mm"
                        + " on mm.memory_id = m.id and mm.username = ?1 where m.access = ?2")
                .setParameter(1, who == null ? "" : who.username()).setParameter(2, RESTRICTED).getResultList();
        Set<Long> unreadable = new HashSet<>();
        Set<Long> unwritable = new HashSet<>();
        for (Object[] row : rows) {
            long memory = ((Number) row[0]).longValue();
            if (row[1] == null) {
                unreadable.add(memory);
            }
            if (!Boolean.TRUE.equals(row[1])) {
                unwritable.add(memory);
            }
        }
        return new MemoryScope(unreadable, unwritable);
    }

    /** True when the memory's units are open to everyone, signed in or not. */
    @Transactional
    public boolean isPublic(long memory) {
        return PUBLIC.equals(accessOf(memory));
    }

    @Transactional
    public MemoryAccessView get(long memory) {
        String access = accessOf(memory);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select username, can_write from memory_member where memory_id = ?1"
                + " order by username").setParameter(1, memory).getResultList();
        return new MemoryAccessView(memory, access, rows.stream().map(r -> member(r[0], r[1])).toList());
    }

    /** The memories not every signed-in user reads: what derived state shared by all users must leave out. */
    @Transactional
    public Set<Long> restricted() {
        return memoriesWhere("=", RESTRICTED);
    }

    private Set<Long> memoriesWhere(String comparison, String access) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from memory where access " + comparison + " ?1")
                .setParameter(1, access).getResultList();
        return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every memory's access and members, by memory id: two queries, whatever the number of memories. */
    @Transactional
    public Map<Long, MemoryAccessView> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select memory_id, username, can_write from memory_member"
                + " order by memory_id, username").getResultList();
        Map<Long, List<MemoryAccessView.Member>> byMemory = new HashMap<>();
        for (Object[] row : members) {
            byMemory.computeIfAbsent(((Number) row[0]).longValue(), m -> new ArrayList<>())
                    .add(member(row[1], row[2]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> memories = em.createNativeQuery("select id, access from memory").getResultList();
        Map<Long, MemoryAccessView> views = new HashMap<>();
        for (Object[] row : memories) {
            long id = ((Number) row[0]).longValue();
            views.put(id, new MemoryAccessView(id, (String) row[1], byMemory.getOrDefault(id, List.of())));
        }
        return views;
    }

    /** Replaces the memory's access and members; nothing changes when any field is wrong. */
    @Transactional
    public MemoryAccessView set(long memory, Change change) {
        accessOf(memory);
        List<Violation> violations = new ArrayList<>();
        String access = change.access() == null ? null : change.access().strip();
        if (!TEAM.equals(access) && !RESTRICTED.equals(access) && !PUBLIC.equals(access)) {
            violations.add(new Violation("access", "must be team, restricted or public"));
        }
        List<Change.Member> members = change.members() == null ? List.of() : change.members();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "].username";
            String name = members.get(i) == null ? null : members.get(i).username();
            if (name == null || name.isBlank()) {
                violations.add(new Violation(field, "must name a user"));
            } else if (accounts.find(name.strip()).isEmpty()) {
                violations.add(new Violation(field, "no user is named '" + name.strip() + "'"));
            } else if (!seen.add(name.strip())) {
                violations.add(new Violation(field, "'" + name.strip() + "' is listed twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        em.createNativeQuery("update memory set access = ?1 where id = ?2").setParameter(1, access)
                .setParameter(2, memory).executeUpdate();
        em.createNativeQuery("delete from memory_member where memory_id = ?1").setParameter(1, memory).executeUpdate();
        for (Change.Member member : members) {
            em.createNativeQuery("insert into memory_member (memory_id, username, can_write) values (?1, ?2, ?3)")
                    .setParameter(1, memory).setParameter(2, member.username().strip())
                    .setParameter(3, Boolean.TRUE.equals(member.write())).executeUpdate();
        }
        return get(memory);
    }

    private static MemoryAccessView.Member member(Object username, Object canWrite) {
        return new MemoryAccessView.Member((String) username, Boolean.TRUE.equals(canWrite));
    }

    private String accessOf(long memory) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select access from memory where id = ?1").setParameter(1, memory)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("memory", memory);
        }
        return found.get(0);
    }
}
