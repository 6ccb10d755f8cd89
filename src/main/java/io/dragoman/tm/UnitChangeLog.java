package io.dragoman.tm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes every {@link UnitChange} to the {@code unit_change} table inside the transaction that
 * made it, so other nodes behind the same database learn about it (they poll the table) exactly
 * when it commits. Ids are written as compact ranges: an import of 300,000 units is one short row.
 */
@ApplicationScoped
public class UnitChangeLog {
    /** Identifies this process among the nodes sharing the database. */
    public static final String NODE = UUID.randomUUID().toString();

    private final EntityManager em;

    UnitChangeLog(EntityManager em) {
        this.em = em;
    }

    void record(@Observes UnitChange change) {
        Long memoryId = change.kind() == UnitChange.Kind.MEMORY_DELETED ? change.unitIds().get(0) : null;
        em.createNativeQuery("insert into unit_change (kind, memory_id, unit_ids, origin_node, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, change.kind().name())
                .setParameter(2, memoryId)
                .setParameter(3, memoryId != null ? "" : encode(change.unitIds()))
                .setParameter(4, NODE)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** {@code [1,2,3,7,9,10]} → {@code "1-3,7,9-10"}; ids are sorted first. */
    public static String encode(List<Long> ids) {
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            long start = sorted.get(i);
            long end = start;
            while (i + 1 < sorted.size() && sorted.get(i + 1) <= end + 1) {
                end = sorted.get(++i);
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end != start) {
                sb.append('-').append(end);
            }
            i++;
        }
        return sb.toString();
    }

    /** Inverse of {@link #encode}. */
    public static List<Long> decode(String ranges) {
        List<Long> ids = new ArrayList<>();
        if (ranges == null || ranges.isEmpty()) {
            return ids;
        }
        for (String part : ranges.split(",")) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                ids.add(Long.parseLong(part));
            } else {
                long end = Long.parseLong(part.substring(dash + 1));
                for (long id = Long.parseLong(part.substring(0, dash)); id <= end; id++) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
