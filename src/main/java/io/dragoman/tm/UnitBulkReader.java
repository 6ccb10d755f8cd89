package io.dragoman.tm;

import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The read path of large exports: pages in id order (keyset: {@code id > after}), each read in
 * its own short transaction with two queries (units, then their annotations), so an export of
 * any size holds one page in memory and no transaction outlives a page.
 */
@ApplicationScoped
public class UnitBulkReader {
    private final EntityManager em;

    UnitBulkReader(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} selected units with ids above {@code afterId}, in id order. */
    @Transactional
    public List<UnitView> page(UnitSelection selection, long afterId, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "select id, memory_id, source_lang, target_lang, source_text, target_text, tuid,"
                + " origin_document, origin_position, origin_file, prev_source_hash, created_at, created_by,"
                + " changed_at, changed_by, usage_count, last_used_at, version from translation_unit"
                + " where id > ?" + where(selection, params)
                // Ordering by the memory too lets H2 read (memory_id, id) in index order; by id alone it
                // sorted every remaining unit of the memory for each page.
                + (selection.memoryId() != null ? " order by memory_id, id" : " order by id") + " limit " + limit;
        params.add(0, afterId);
        // Each view gets its own list, filled by the second query before the page is returned.
        Map<Long, List<Annotation>> annotations = new HashMap<>();
        List<UnitView> units = query(sql, params, rs -> new UnitView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                new Origin(rs.getString(8), (Integer) rs.getObject(9), rs.getString(10)), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getObject(14, OffsetDateTime.class),
                rs.getString(15), rs.getInt(16), rs.getObject(17, OffsetDateTime.class), rs.getLong(18),
                annotations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())));
        if (units.isEmpty()) {
            return units;
        }
        query("select unit_id, scope, kind, type, lang, content from unit_annotation"
                        + " where unit_id between ? and ? order by unit_id, position",
                List.of(units.get(0).id(), units.get(units.size() - 1).id()),
                rs -> {
                    List<Annotation> list = annotations.get(rs.getLong(1));
                    if (list != null) {
                        list.add(new Annotation(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                    return null;
                });
        return units;
    }

    /** The distinct source languages of the selected units. */
    @Transactional
    public List<String> sourceLanguages(UnitSelection selection) {
        List<Object> params = new ArrayList<>();
        return query("select distinct source_lang from translation_unit where 1 = 1" + where(selection, params)
                + " order by source_lang", params, rs -> rs.getString(1));
    }

    private static String where(UnitSelection s, List<Object> params) {
        StringBuilder sql = new StringBuilder(" and ").append(UnitImports.VISIBLE);
        if (s.memoryId() != null) {
            sql.append(" and memory_id = ?");
            params.add(s.memoryId());
        }
        if (s.sourceLang() != null || s.targetLang() != null) {
            sql.append(" and (").append(direction("source_lang", s.sourceLang(), "target_lang", s.targetLang(), params));
            if (s.bothDirections()) {
                sql.append(" or ").append(direction("source_lang", s.targetLang(), "target_lang", s.sourceLang(), params));
            }
            sql.append(')');
        }
        if (s.changedSince() != null) {
            sql.append(" and changed_at >= ?");
            params.add(s.changedSince());
        }
        return sql.toString();
    }

    private static String direction(String sourceColumn, LanguageTag source, String targetColumn, LanguageTag target,
                                    List<Object> params) {
        return "(" + language(sourceColumn, source, params) + " and " + language(targetColumn, target, params) + ")";
    }

    private static String language(String column, LanguageTag tag, List<Object> params) {
        if (tag == null) {
            return "1 = 1";
        }
        params.add(tag.tag());
        if (!tag.tag().equals(tag.language())) {
            return column + " = ?";
        }
        params.add(tag.tag() + "-%");
        return "(" + column + " = ? or " + column + " like ?)";
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, RowReader<T> reader) {
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
