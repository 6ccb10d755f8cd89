package io.dragoman.match;

import io.dragoman.tm.UnitChange;
import io.dragoman.tm.UnitChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the {@code unit_change} table that {@link io.dragoman.tm.UnitChangeLog} writes. */
@ApplicationScoped
public class ChangeFeed {
    /** One committed write, as logged. */
    public record Row(long id, String kind, Long memoryId, String unitIds, String originNode) {
        /** The change as this node's event would have carried it. */
        public UnitChange change() {
            UnitChange.Kind k = UnitChange.Kind.valueOf(kind);
            return k == UnitChange.Kind.MEMORY_DELETED ? new UnitChange(k, List.of(memoryId))
                    : new UnitChange(k, UnitChangeLog.decode(unitIds));
        }
    }

    private static final String COLUMNS = "select id, kind, memory_id, unit_ids, origin_node from unit_change";
    private final EntityManager em;

    ChangeFeed(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long latestId() {
        Number max = (Number) em.createNativeQuery("select max(id) from unit_change").getSingleResult();
        return max == null ? 0 : max.longValue();
    }

    /**
     * The ids in {@code (last - window, last]} that no visible row has: transactions that may still
     * commit, or rolled back ones (whose ids never appear).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> missingUpTo(long last, int window) {
        java.util.Set<Long> present = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("select id from unit_change where id > :from and id <= :last")
                .setParameter("from", last - window).setParameter("last", last).getResultList()) {
            present.add(((Number) id).longValue());
        }
        List<Long> missing = new ArrayList<>();
        for (long id = Math.max(1, last - window + 1); id <= last; id++) {
            if (!present.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /**
     * A fingerprint of row {@code id} as stored, or empty when there is no such row: an index
     * snapshot is anchored to a row, and another database (or an older copy) does not hold it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.OptionalLong signature(long id) {
        List<Row> found = rows(em.createNativeQuery(COLUMNS + " where id = :id").setParameter("id", id).getResultList());
        return found.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(signature(found.get(0)));
    }

    /** The fingerprint {@link #signature(long)} gives for a row already read. */
    public static long signature(Row row) {
        return FuzzyIndex.rawHash(row.kind() + '|' + row.memoryId() + '|' + row.unitIds() + '|' + row.originNode());
    }

    /** Rows after {@code afterId}, and the rows among {@code gaps} that have appeared since. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Row> since(long afterId, Collection<Long> gaps) {
        List<Row> rows = new ArrayList<>();
        if (!gaps.isEmpty()) {
            rows.addAll(rows(em.createNativeQuery(COLUMNS + " where id in (:gaps) order by id")
                    .setParameter("gaps", List.copyOf(gaps)).getResultList()));
        }
        rows.addAll(rows(em.createNativeQuery(COLUMNS + " where id > :after order by id")
                .setParameter("after", afterId).setMaxResults(1000).getResultList()));
        return rows;
    }

    private static List<Row> rows(List<?> result) {
        List<Row> rows = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4]));
        }
        return rows;
    }
}
