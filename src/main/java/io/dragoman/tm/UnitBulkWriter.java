package io.dragoman.tm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * The write path of large imports: JDBC batches on the connection of the caller's transaction,
 * with no persistence context, so memory stays flat however many units pass through and
 * nothing is queried per unit. Every method must run inside a transaction. Units are written
 * under an import of {@link UnitImports}, which keeps them hidden until it commits; the import's
 * own units are visible to its lookups.
 *
 * <p>Ids come from the entities' own generators (sequences allocated {@value #ALLOCATION} at a
 * time), shared with ordinary Hibernate writes.
 */
@ApplicationScoped
public class UnitBulkWriter {
    /** The sequences' increment, equal to the entities' {@code allocationSize}. */
    static final int ALLOCATION = 50;
    private static final int BATCH = 500;
    static final String UNIT_COLUMNS = "memory_id, source_lang, target_lang, source_text, target_text,"
            + " source_hash, prev_source_hash, tuid, origin_document, origin_position, origin_file,"
            + " created_at, created_by, changed_at, changed_by, usage_count, last_used_at";

    private final EntityManager em;

    UnitBulkWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Units of a memory whose source text has one of the given hashes, by hash: the visible ones
     * and those the import itself wrote ({@link StoredUnit#pending()}).
     */
    public Map<String, List<StoredUnit>> findBySourceHash(long memoryId, long importId, Collection<String> hashes) {
        Map<String, List<StoredUnit>> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        // source_hash alone in the IN list, the memory filtered here (see ix_unit_source_hash_only in
        // V3): with "memory_id = ?" in the query, H2 scanned the whole memory for every chunk. The
        // hashes are literals: H2 checks each row found against a list of parameters one by one,
        // against a list of constants in a hash set (a fifth of the lookup's time at 1,000 hashes).
        StringBuilder literals = new StringBuilder(hashes.size() * 67);
        for (String hash : hashes) {
            literals.append(literals.isEmpty() ? "'" : ",'").append(hexOnly(hash)).append('\'');
        }
        String sql = "select id, source_hash, source_lang, target_lang, target_text, changed_at, memory_id, import_id"
                + " from translation_unit where source_hash in (" + literals + ") and (import_id = ? or "
                + UnitImports.VISIBLE + ")";
        return work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, importId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(7) != memoryId) {
                            continue;
                        }
                        found.computeIfAbsent(rs.getString(2), h -> new ArrayList<>()).add(new StoredUnit(
                                rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class), rs.getLong(8) == importId));
                    }
                }
            }
            return found;
        });
    }

    /** A {@link TextHash} as it may stand in SQL: hex digits only, anything else refused. */
    private static String hexOnly(String hash) {
        for (int i = 0; i < hash.length(); i++) {
            if (Character.digit(hash.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("not a text hash: " + hash);
            }
        }
        return hash;
    }

    /** Gives the source hash of every visible unit of the memory to {@code sink}, streaming. */
    public void sourceHashes(long memoryId, java.util.function.Consumer<String> sink) {
        work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select source_hash from translation_unit where memory_id = ? and " + UnitImports.VISIBLE)) {
                ps.setFetchSize(10_000);
                ps.setLong(1, memoryId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Inserts the units of an import with their annotations; returns their ids in order. With
     * {@code replaces} (ids of visible units, one per unit), each is a pending new version of
     * that unit, applied when the import commits; the pending row keeps the version it replaces,
     * so that the commit can tell whether someone edited the unit meanwhile.
     */
    public long[] insert(long importId, List<ValidUnit> units, long[] replaces) {
        if (units.isEmpty()) {
            return new long[0];
        }
        long[] ids = allocate(TranslationUnit.class, units.size());
        String sql = "insert into translation_unit (id, " + UNIT_COLUMNS + ", import_id, replaces_id, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " coalesce((select v.version from translation_unit v where v.id = ?), 0))";
        work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < units.size(); i++) {
                    ps.setLong(1, ids[i]);
                    int next = bindUnit(ps, 2, units.get(i));
                    ps.setLong(next, importId);
                    if (replaces == null) {
                        ps.setNull(next + 1, Types.BIGINT);
                        ps.setNull(next + 2, Types.BIGINT);
                    } else {
                        ps.setLong(next + 1, replaces[i]);
                        ps.setLong(next + 2, replaces[i]);
                    }
                    addToBatch(ps, i + 1);
                }
                ps.executeBatch();
            }
            insertAnnotations(connection, ids, units);
            return null;
        });
        return ids;
    }

    /** Overwrites units the import itself wrote (same id and memory) by newer versions, annotations included. */
    public void replace(long[] ids, List<ValidUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        String sql = "update translation_unit set " + UNIT_COLUMNS.replace(",", " = ?,")
                + " = ?, version = version + 1 where id = ?";
        work(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < units.size(); i++) {
                    int next = bindUnit(ps, 1, units.get(i));
                    ps.setLong(next, ids[i]);
                    addToBatch(ps, i + 1);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("delete from unit_annotation where unit_id = ?")) {
                for (int i = 0; i < ids.length; i++) {
                    ps.setLong(1, ids[i]);
                    addToBatch(ps, i + 1);
                }
                ps.executeBatch();
            }
            insertAnnotations(connection, ids, units);
            return null;
        });
    }

    private int bindUnit(PreparedStatement ps, int first, ValidUnit unit) throws SQLException {
        UnitDraft d = unit.draft();
        OffsetDateTime created = d.createdAt() != null ? d.createdAt() : Timestamps.now();
        int i = first;
        ps.setLong(i++, d.memoryId());
        ps.setString(i++, unit.sourceLang());
        ps.setString(i++, unit.targetLang());
        ps.setString(i++, d.sourceText());
        ps.setString(i++, d.targetText());
        ps.setString(i++, unit.sourceHash());
        ps.setString(i++, d.previousSource() == null ? null : TextHash.of(d.previousSource()));
        ps.setString(i++, d.tuid());
        ps.setString(i++, d.origin().document());
        setInteger(ps, i++, d.origin().position());
        ps.setString(i++, d.origin().file());
        ps.setObject(i++, created);
        ps.setString(i++, d.user());
        ps.setObject(i++, d.changedAt() != null ? d.changedAt() : created);
        ps.setString(i++, d.changedBy() != null ? d.changedBy() : d.user());
        ps.setInt(i++, Math.max(0, d.usageCount()));
        ps.setObject(i++, d.lastUsedAt());
        return i;
    }

    private void insertAnnotations(Connection connection, long[] unitIds, List<ValidUnit> units) throws SQLException {
        int count = units.stream().mapToInt(u -> u.draft().annotations().size()).sum();
        if (count == 0) {
            return;
        }
        long[] ids = allocate(UnitAnnotation.class, count);
        String sql = "insert into unit_annotation (id, unit_id, scope, kind, type, lang, content, position)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int n = 0;
            for (int u = 0; u < units.size(); u++) {
                int position = 0;
                for (Annotation a : units.get(u).draft().annotations()) {
                    ps.setLong(1, ids[n]);
                    ps.setLong(2, unitIds[u]);
                    ps.setString(3, a.scope());
                    ps.setString(4, a.kind());
                    ps.setString(5, a.type());
                    ps.setString(6, a.lang());
                    ps.setString(7, a.value());
                    ps.setInt(8, position++);
                    addToBatch(ps, ++n);
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * {@code count} fresh ids from the entity's own id generator, so that whatever optimizer
     * Hibernate is configured with (Quarkus uses pooled-lo), bulk and ordinary writes never hand
     * out the same id; one sequence call per {@value #ALLOCATION} ids.
     */
    private long[] allocate(Class<?> entity, int count) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null)).longValue();
        }
        return ids;
    }

    private static void addToBatch(PreparedStatement ps, int rows) throws SQLException {
        ps.addBatch();
        if (rows % BATCH == 0) {
            ps.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
