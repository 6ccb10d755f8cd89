package io.dragoman.tm;

import io.dragoman.text.LanguageTag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of {@link UnitReader}: the columns of its two projections and the condition of a
 * {@link UnitSelection}. Plain SQL that H2 and PostgreSQL both run; hidden (pending import) units
 * are left out as Hibernate's restriction on {@link TranslationUnit} leaves them out.
 */
final class UnitSql {
    /** A {@link UnitPair}'s columns, then the rest of a {@link UnitView}'s. */
    static final String PAIR_COLUMNS = "id, memory_id, source_lang, target_lang, source_text, target_text,"
            + " prev_source_hash";
    static final String VIEW_COLUMNS = PAIR_COLUMNS + ", tuid, origin_document, origin_position, origin_file,"
            + " created_at, created_by, changed_at, changed_by, usage_count, last_used_at, version";

    private UnitSql() {
    }

    /** {@code and}-joined conditions of the selection, hidden units left out; binds into {@code params}. */
    static String where(UnitSelection s, List<Object> params) {
        return UnitImports.VISIBLE + conditions(s, params);
    }

    /**
     * The selection's own conditions, each after {@code " and "}, hidden units not left out; binds
     * into {@code params}.
     */
    static String conditions(UnitSelection s, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (s.memoryId() != null) {
            sql.append(" and memory_id = ?");
            params.add(s.memoryId());
        }
        if (!s.excluded().isEmpty()) {
            sql.append(" and memory_id not in ").append(marks(s.excluded().size()));
            params.addAll(s.excluded());
        }
        if (s.sourceLang() != null || s.targetLang() != null) {
            sql.append(" and (").append(direction(s, s.sourceLang(), s.targetLang(), params));
            if (s.bothDirections()) {
                sql.append(" or ").append(direction(s, s.targetLang(), s.sourceLang(), params));
            }
            sql.append(')');
        }
        if (s.contains() != null) {
            sql.append(" and (lower(source_text) like ? escape '\\' or lower(target_text) like ? escape '\\')");
            String pattern = "%" + escapeLike(s.contains().toLowerCase(java.util.Locale.ROOT)) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (s.changedSince() != null) {
            sql.append(" and changed_at >= ?");
            params.add(s.changedSince());
        }
        return sql.toString();
    }

    /**
     * Id order; under a memory filter spelled as index {@code ix_unit_memory}'s order (memory, id),
     * without which H2 sorts every remaining unit of the memory for each page.
     */
    static String order(UnitSelection s, boolean descending) {
        String direction = descending ? " desc" : "";
        return s.memoryId() != null ? " order by memory_id" + direction + ", id" + direction : " order by id" + direction;
    }

    /** {@code (?, ?, …)} for an {@code in} list of {@code count} values. */
    static String marks(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * Above this many ids, {@link #idIn} writes them into the statement: H2 tests a row against an
     * {@code in} list of parameters one value after the other, against a list of literals through a
     * hash set. At 2,000 ids that was most of a QA run's memory-wide checks (loading the units of the
     * groups that vary). Short lists (a lookup's matches) stay parameters, one statement reused.
     */
    static final int PARAMETER_LIST_MAX = 64;

    /** {@code id in (…)}: parameters to bind, or the ids themselves when {@code literal}. */
    static String idIn(Collection<Long> ids, boolean literal) {
        return " id in " + (literal ? ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"))
                : marks(ids.size()));
    }

    static UnitPair pair(ResultSet rs) throws SQLException {
        return new UnitPair(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    static UnitView view(ResultSet rs, List<Annotation> annotations) throws SQLException {
        return new UnitView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(8), new Origin(rs.getString(9), (Integer) rs.getObject(10),
                rs.getString(11)), rs.getString(7), rs.getObject(12, OffsetDateTime.class), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), rs.getString(15), rs.getInt(16),
                rs.getObject(17, OffsetDateTime.class), rs.getLong(18), annotations);
    }

    private static String direction(UnitSelection s, LanguageTag source, LanguageTag target, List<Object> params) {
        return "(" + language(s, "source_lang", source, params) + " and " + language(s, "target_lang", target, params)
                + ")";
    }

    private static String language(UnitSelection s, String column, LanguageTag tag, List<Object> params) {
        if (tag == null) {
            return "1 = 1";
        }
        params.add(tag.tag());
        if (!s.anyRegion() || !tag.tag().equals(tag.language())) {
            return column + " = ?";
        }
        params.add(tag.tag() + "-%");
        return "(" + column + " = ? or " + column + " like ?)";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
