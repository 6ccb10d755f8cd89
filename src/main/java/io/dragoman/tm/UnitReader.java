package io.dragoman.tm;

import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Every read of many units: keyset pages over a {@link UnitSelection} (by id, {@code id > after};
 * never an offset, so the millionth unit costs what the first does), units by id, a memory's
 * units with one source text, and the numbered pages of a listing. Plain JDBC on the
 * transaction's connection into two projections, {@link UnitPair} (texts) and {@link UnitView}
 * (everything), no entity loaded. Each read is its own short transaction, also when called from
 * an after-commit observer, where the writer's transaction has ended.
 */
@ApplicationScoped
public class UnitReader {
    /**
     * Units per keyset page and ids per {@code in} list, for every reader: one page of texts is a
     * few megabytes at most, and a page costs one round trip whatever the unit count.
     */
    public static final int PAGE_SIZE = 2000;

    private final EntityManager em;

    UnitReader(EntityManager em) {
        this.em = em;
    }

    /** The next page of selected units after {@code afterId}, in id order. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitPair> pairs(UnitSelection selection, long afterId) {
        return keyset(UnitSql.PAIR_COLUMNS, selection, afterId, false, UnitSql::pair);
    }

    /** The next page of selected units before {@code beforeId}, newest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitPair> pairsBefore(UnitSelection selection, long beforeId) {
        return keyset(UnitSql.PAIR_COLUMNS, selection, beforeId, true, UnitSql::pair);
    }

    /** The next page of selected units after {@code afterId}, in id order, with their annotations. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitView> views(UnitSelection selection, long afterId) {
        Map<Long, List<Annotation>> annotations = new HashMap<>();
        List<UnitView> units = keyset(UnitSql.VIEW_COLUMNS, selection, afterId, false,
                rs -> UnitSql.view(rs, annotations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())));
        if (!units.isEmpty()) {
            // A page is an id range: one range scan of the annotations' (unit, position) index.
            annotate(annotations, "unit_id between ? and ?", List.of(units.get(0).id(), units.get(units.size() - 1).id()));
        }
        return units;
    }

    /** The units among {@code ids} that exist (the others were deleted), in no particular order. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitPair> pairs(Collection<Long> ids) {
        return byIds(UnitSql.PAIR_COLUMNS, ids, UnitSql::pair);
    }

    /**
     * The units among {@code ids} that exist, with their metadata but not their annotations (an
     * empty list): for callers that show where a unit comes from, not its props and notes.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitView> withoutAnnotations(Collection<Long> ids) {
        return byIds(UnitSql.VIEW_COLUMNS, ids, rs -> UnitSql.view(rs, List.of()));
    }

    /** Up to {@code limit} units of a memory whose source text has this hash, in id order. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UnitPair> sameSource(long memoryId, String sourceHash, int limit) {
        return query("select " + UnitSql.PAIR_COLUMNS + " from translation_unit where memory_id = ? and source_hash = ?"
                + " and " + UnitImports.VISIBLE + " order by id limit " + limit, List.of(memoryId, sourceHash), UnitSql::pair);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long count(UnitSelection selection) {
        return visibleCount(selection);
    }

    /** The memory's visible units, in the caller's transaction (its pending writes flushed first). */
    @Transactional
    public long countInMemory(long memoryId) {
        em.flush();
        return visibleCount(UnitSelection.memory(memoryId));
    }

    /**
     * The stored units minus the hidden ones. The visibility condition in the count itself is tested
     * on every row: 4.7 s against 0.47 s for a memory of the Debian TM's size. The hidden ones are
     * counted per pending import, so that with none pending (nearly always) no row is read: asked as
     * {@code import_id in (select …)}, H2 walked the memory's index and read each of its rows (1.1 s
     * of a QA run over the Debian memory).
     */
    private long visibleCount(UnitSelection selection) {
        // One statement, so that both counts see the same committed state.
        List<Object> params = new ArrayList<>();
        String stored = "select count(*) from translation_unit where 1 = 1" + UnitSql.conditions(selection, params);
        String hidden = "select coalesce(sum((select count(*) from translation_unit where import_id = unit_import.id"
                + UnitSql.conditions(selection, params) + ")), 0) from unit_import";
        return query("select (" + stored + ") - (" + hidden + ")", params, rs -> rs.getLong(1)).get(0);
    }

    /** The distinct source languages of the selected units. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> sourceLanguages(UnitSelection selection) {
        List<Object> params = new ArrayList<>();
        return query("select distinct source_lang from translation_unit where " + UnitSql.where(selection, params)
                + " order by source_lang", params, rs -> rs.getString(1));
    }

    /** A numbered page of the selected units in id order, with annotations, and their total: the API's listing. */
    @Transactional
    public Page<UnitView> list(UnitSelection selection, PageRequest page) {
        // Called inside a caller's transaction too: its pending writes must be in what JDBC reads.
        em.flush();
        List<Object> params = new ArrayList<>();
        String where = " from translation_unit where " + UnitSql.where(selection, params);
        long total = visibleCount(selection);
        Map<Long, List<Annotation>> annotations = new HashMap<>();
        List<UnitView> units = query("select " + UnitSql.VIEW_COLUMNS + where + UnitSql.order(selection, false)
                        + " limit " + page.size() + " offset " + (long) page.page() * page.size(), params,
                rs -> UnitSql.view(rs, annotations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())));
        if (!units.isEmpty()) {
            // A filtered page may spread over the whole table: by id, not by range.
            List<Object> ids = new ArrayList<>(annotations.keySet());
            annotate(annotations, "unit_id in " + UnitSql.marks(ids.size()), ids);
        }
        return new Page<>(units, page.page(), page.size(), total);
    }

    private <T> List<T> keyset(String columns, UnitSelection selection, long from, boolean descending,
                               RowReader<T> reader) {
        List<Object> params = new ArrayList<>();
        params.add(from);
        String sql = "select " + columns + " from translation_unit where id " + (descending ? "<" : ">") + " ? and "
                + UnitSql.where(selection, params) + UnitSql.order(selection, descending) + " limit " + PAGE_SIZE;
        return query(sql, params, reader);
    }

    private <T> List<T> byIds(String columns, Collection<Long> ids, RowReader<T> reader) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += PAGE_SIZE) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
            boolean literal = chunk.size() > UnitSql.PARAMETER_LIST_MAX;
            found.addAll(query("select " + columns + " from translation_unit where" + UnitSql.idIn(chunk, literal)
                    + " and " + UnitImports.VISIBLE, literal ? List.of() : new ArrayList<>(chunk), reader));
        }
        return found;
    }

    /** Adds each annotation matching {@code condition} to its unit's list, in position order. */
    private void annotate(Map<Long, List<Annotation>> annotations, String condition, List<Object> params) {
        query("select unit_id, scope, kind, type, lang, content from unit_annotation where " + condition
                + " order by unit_id, position", params, rs -> {
                    List<Annotation> list = annotations.get(rs.getLong(1));
                    if (list != null) {
                        list.add(new Annotation(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6)));
                    }
                    return null;
                });
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> params, RowReader<T> reader) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<T> result = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(reader.read(rs));
                    }
                }
            }
            return result;
        });
    }
}
