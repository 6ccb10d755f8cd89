package io.dragoman.tm;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The import ledger ({@code unit_import}): lets a bulk import write in many short transactions
 * and still appear all at once. Every unit an import writes carries its id; while the ledger
 * lists the import, {@link #VISIBLE} hides those units from every reader. {@link #commit} makes
 * them visible in one short transaction (deleting the ledger row); {@link #discard} removes them
 * batch by batch, then the row, so a crash at any point leaves nothing visible and nothing that
 * the next sweep does not remove.
 *
 * <p>Why not one transaction: H2's MVStore keeps an undo entry per row and rewrites every page
 * again at commit; at 225,000 units that took 48 s and grew the file to 2.5 GB.
 */
@ApplicationScoped
public class UnitImports {
    /** SQL condition on {@code translation_unit} columns: the unit's import, if any, is committed. */
    public static final String VISIBLE = "(import_id is null or import_id not in (select unit_import.id from unit_import))";
    private static final Logger LOG = Logger.getLogger(UnitImports.class);
    private static final int DELETE_BATCH = 5000;
    private static final int ANNOUNCE_BATCH = 100_000;
    private static final int COMMIT_TIMEOUT_SECONDS = 3600;

    private final EntityManager em;
    private final Event<UnitChange> changes;

    UnitImports(EntityManager em, Event<UnitChange> changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Records a new import into the memory, in the caller's transaction or its own; returns its id. */
    public long open(long memoryId, boolean memoryCreated) {
        // The generated key, not a read-back: two imports opened at once on one node get their own ids.
        return QuarkusTransaction.joiningExisting().call(() -> em.unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement insert = c.prepareStatement("insert into unit_import (memory_id,"
                    + " memory_created, state, node, started_at, heartbeat_at) values (?, ?, 'writing', ?, ?, ?)",
                    new String[] {"id"})) {
                OffsetDateTime now = Timestamps.now();
                insert.setLong(1, memoryId);
                insert.setBoolean(2, memoryCreated);
                insert.setString(3, UnitChangeLog.NODE);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.executeUpdate();
                try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
    }

    /**
     * Tells sweepers the import is alive; call inside each batch's transaction. Fails that
     * transaction when a sweeper has already declared the import dead, so that no batch lands
     * after its ledger row is gone (it would be visible at once).
     */
    public void heartbeat(long importId) {
        int alive = em.createNativeQuery("update unit_import set heartbeat_at = ?1 where id = ?2 and state = 'writing'")
                .setParameter(1, Timestamps.now()).setParameter(2, importId).executeUpdate();
        if (alive == 0) {
            throw new IllegalStateException("import " + importId + " was declared dead while it was still writing");
        }
    }

    /**
     * Makes the import visible in one transaction: pending new versions overwrite the units they
     * replace (keeping their ids), every written unit is announced, the ledger row goes.
     */
    public void commit(long importId) {
        commit(importId, true);
    }

    /**
     * {@link #commit(long)}, told whether the import may have written pending new versions: when
     * it cannot have, the commit does not read every row of the import looking for them.
     */
    public void commit(long importId, boolean mayReplace) {
        // Short in writes, but it reads every id of the import to announce them: not the 60 s default.
        QuarkusTransaction.requiringNew().timeout(COMMIT_TIMEOUT_SECONDS).run(() -> {
            // Taking the row first: a sweeper that declared the import dead waits for this
            // transaction and then finds nothing to remove, or has already claimed it.
            int live = em.createNativeQuery("update unit_import set state = 'committing', heartbeat_at = ?1"
                    + " where id = ?2 and state = 'writing'").setParameter(1, Timestamps.now())
                    .setParameter(2, importId).executeUpdate();
            if (live == 0) {
                throw new IllegalStateException("import " + importId + " was declared dead before it committed");
            }
            List<Long> replaced = mayReplace ? applyReplacements(importId) : List.of();
            for (long after = 0; ; ) {
                List<Long> batch = ids("select id from translation_unit where import_id = ?1 and id > ?2"
                        + " order by id", importId, after, ANNOUNCE_BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                changes.fire(new UnitChange(UnitChange.Kind.UPSERT, batch));
                after = batch.get(batch.size() - 1);
            }
            for (int i = 0; i < replaced.size(); i += ANNOUNCE_BATCH) {
                changes.fire(new UnitChange(UnitChange.Kind.UPSERT,
                        replaced.subList(i, Math.min(replaced.size(), i + ANNOUNCE_BATCH))));
            }
            em.createNativeQuery("delete from unit_import where id = ?1").setParameter(1, importId).executeUpdate();
        });
    }

    /**
     * Copies each pending new version onto the unit it replaces (same id, version + 1, its
     * annotations moved over) and deletes the pending rows; returns the replaced ids. A unit that
     * someone edited or deleted while the import ran is not overwritten: the translator's work
     * stays, and the imported version becomes a unit of its own beside it (QA's consistency check
     * then shows both), so neither is lost. Statements name ids outright: H2 re-runs an IN
     * subquery for every row a DELETE or UPDATE visits.
     */
    private List<Long> applyReplacements(long importId) {
        List<Long> pending = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (Object[] row : rows("select id, replaces_id from translation_unit where import_id = ?1"
                + " and replaces_id is not null order by id", importId)) {
            pending.add(((Number) row[0]).longValue());
            replaced.add(((Number) row[1]).longValue());
        }
        String copy = "update translation_unit set (" + UnitBulkWriter.UNIT_COLUMNS + ") = (select "
                + prefixed(UnitBulkWriter.UNIT_COLUMNS) + " from translation_unit p where p.id = ?),"
                + " version = version + 1 where id = ? and version = (select p.version from translation_unit p where p.id = ?)";
        List<Long> applied = new ArrayList<>();
        List<Long> keptApart = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += DELETE_BATCH) {
            int to = Math.min(pending.size(), from + DELETE_BATCH);
            List<Long> olderIds = replaced.subList(from, to);
            List<Long> newerIds = pending.subList(from, to);
            int[] counts = em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
                try (java.sql.PreparedStatement ps = connection.prepareStatement(copy)) {
                    for (int i = 0; i < newerIds.size(); i++) {
                        ps.setLong(1, newerIds.get(i));
                        ps.setLong(2, olderIds.get(i));
                        ps.setLong(3, newerIds.get(i));
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                }
            });
            List<Long> olds = new ArrayList<>();
            List<Long> news = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    keptApart.add(newerIds.get(i));
                } else {
                    olds.add(olderIds.get(i));
                    news.add(newerIds.get(i));
                }
            }
            if (!olds.isEmpty()) {
                em.createNativeQuery("delete from unit_annotation where unit_id in (" + join(olds) + ")").executeUpdate();
                em.createNativeQuery("update unit_annotation set unit_id = (select p.replaces_id from translation_unit p"
                        + " where p.id = unit_annotation.unit_id) where unit_id in (" + join(news) + ")").executeUpdate();
                em.createNativeQuery("delete from translation_unit where id in (" + join(news) + ")").executeUpdate();
                applied.addAll(olds);
            }
        }
        for (int from = 0; from < keptApart.size(); from += DELETE_BATCH) {
            em.createNativeQuery("update translation_unit set replaces_id = null, version = 0 where id in ("
                    + join(keptApart.subList(from, Math.min(keptApart.size(), from + DELETE_BATCH))) + ")").executeUpdate();
        }
        if (!keptApart.isEmpty()) {
            LOG.infof("Import %d: %d units were edited or deleted while it ran; their imported versions were added"
                    + " beside them instead of overwriting them", importId, keptApart.size());
        }
        return applied;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private static String prefixed(String columns) {
        return "p." + columns.replace(", ", ", p.");
    }

    /**
     * Removes a failed import: marks it failed (so it stays hidden whoever looks), deletes its
     * units in short transactions, then its row and the memory it created if that is still empty.
     */
    public void discard(long importId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update unit_import set state = 'failed', reason = ?1 where id = ?2")
                .setParameter(1, reason == null ? null : reason.substring(0, Math.min(2000, reason.length())))
                .setParameter(2, importId).executeUpdate());
        // A range of the (import_id, id) index per batch: H2 would re-run an IN subquery per row.
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> batch = ids("select id from translation_unit where import_id = ?1 and id > ?2 order by id",
                        importId, 0, DELETE_BATCH);
                return batch.isEmpty() ? 0 : em.createNativeQuery("delete from translation_unit where import_id = ?1"
                                + " and id <= ?2").setParameter(1, importId)
                        .setParameter(2, batch.get(batch.size() - 1)).executeUpdate();
            });
        } while (deleted > 0);
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select memory_id, memory_created from unit_import where id = ?1")
                    .setParameter(1, importId).getResultStream().findFirst().orElse(null);
            em.createNativeQuery("delete from unit_import where id = ?1").setParameter(1, importId).executeUpdate();
            if (row != null && Boolean.TRUE.equals(row[1])) {
                em.createNativeQuery("delete from memory where id = ?1 and not exists"
                        + " (select 1 from translation_unit u where u.memory_id = ?1)").setParameter(1, row[0]).executeUpdate();
            }
        });
    }

    /**
     * Discards imports that failed or whose writer stopped sending heartbeats (a killed process);
     * returns how many.
     */
    public int sweep(Duration staleAfter) {
        OffsetDateTime limit = Timestamps.now().minus(staleAfter);
        List<Object[]> dead = QuarkusTransaction.requiringNew().call(() -> rows(
                "select id, reason from unit_import where state = 'failed' or heartbeat_at < ?1", limit));
        int swept = 0;
        for (Object[] row : dead) {
            long id = ((Number) row[0]).longValue();
            String reason = row[1] != null ? (String) row[1] : "the importing process stopped before committing";
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "update unit_import set state = 'failed', reason = ?1 where id = ?2"
                                    + " and (state = 'failed' or heartbeat_at < ?3)")
                    .setParameter(1, reason).setParameter(2, id).setParameter(3, limit).executeUpdate() == 1);
            if (claimed) {
                LOG.warnf("Removing the units of unfinished import %d: %s", id, reason);
                discard(id, reason);
                swept++;
            }
        }
        return swept;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private List<Long> ids(String sql, long importId, long after, int limit) {
        var query = em.createNativeQuery(sql).setParameter(1, importId).setParameter(2, after).setMaxResults(limit);
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
