package io.dragoman.audit;

import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/** Reads the audit trail, newest first, filtered by user, memory and time. */
@ApplicationScoped
public class AuditQuery {
    private static final int BATCH = 1000;

    private final EntityManager em;

    AuditQuery(EntityManager em) {
        this.em = em;
    }

    public record Filter(String username, Long memoryId, OffsetDateTime since) {
    }

    @Transactional
    public Page<AuditEntry> list(Filter filter, PageRequest page) {
        List<AuditEntry> items = query(filter, AuditEvent.class, "select e", null)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultStream().map(AuditEvent::entry).toList();
        long total = query(filter, Long.class, "select count(e)", null).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every matching entry, newest first, read in batches so that a long trail never sits in memory whole. */
    public void each(Filter filter, Consumer<AuditEntry> sink) {
        Long below = null;
        while (true) {
            List<AuditEntry> batch = batch(filter, below);
            batch.forEach(sink);
            if (batch.size() < BATCH) {
                return;
            }
            below = batch.get(batch.size() - 1).id();
        }
    }

    @Transactional
    List<AuditEntry> batch(Filter filter, Long below) {
        return query(filter, AuditEvent.class, "select e", below).setMaxResults(BATCH)
                .getResultStream().map(AuditEvent::entry).toList();
    }

    private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select, Long below) {
        StringBuilder where = new StringBuilder(" from AuditEvent e where 1 = 1");
        if (filter.username() != null) {
            where.append(" and e.username = :user");
        }
        if (filter.memoryId() != null) {
            where.append(" and e.memoryId = :memory");
        }
        if (filter.since() != null) {
            where.append(" and e.at >= :since");
        }
        if (below != null) {
            where.append(" and e.id < :below");
        }
        boolean count = type == Long.class;
        TypedQuery<T> query = em.createQuery(select + where + (count ? "" : " order by e.id desc"), type);
        if (filter.username() != null) {
            query.setParameter("user", filter.username());
        }
        if (filter.memoryId() != null) {
            query.setParameter("memory", filter.memoryId());
        }
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (below != null) {
            query.setParameter("below", below);
        }
        return query;
    }
}
