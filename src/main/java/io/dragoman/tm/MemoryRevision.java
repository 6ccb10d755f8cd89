package io.dragoman.tm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * A short token that changes whenever a memory's units change, for HTTP validators: adding a unit
 * raises the count and the highest id, deleting one lowers the count, editing one raises its
 * version (and its change time). One aggregate query over the memory's index, no unit read.
 */
@ApplicationScoped
public class MemoryRevision {
    private final EntityManager em;

    MemoryRevision(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public String of(long memoryId) {
        Object[] row = (Object[]) em.createQuery("select count(u), max(u.id), sum(u.version), max(u.changedAt)"
                        + " from TranslationUnit u where u.memory.id = :memory")
                .setParameter("memory", memoryId).getSingleResult();
        long count = ((Number) row[0]).longValue();
        long maxId = row[1] == null ? 0 : ((Number) row[1]).longValue();
        long versions = row[2] == null ? 0 : ((Number) row[2]).longValue();
        long changed = row[3] == null ? 0 : ((OffsetDateTime) row[3]).toInstant().toEpochMilli();
        return memoryId + "-" + Long.toString(count, 36) + "-" + Long.toString(maxId, 36) + "-"
                + Long.toString(versions, 36) + "-" + Long.toString(changed, 36);
    }
}
