package io.dragoman.qa;

import io.dragoman.core.InvalidInputException;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The units a run checks, read as plain values in pages by ascending id (keyset paging: each page
 * is one short query and transaction, whatever the memory's size; no entity is loaded).
 */
@ApplicationScoped
public class UnitSource {
    private static final String SELECT = "select u.id, u.sourceLang, u.targetLang, u.sourceText, u.targetText"
            + " from TranslationUnit u";

    private final EntityManager em;

    UnitSource(EntityManager em) {
        this.em = em;
    }

    /** The units selected by a run, as a normalised filter. */
    public record Filter(Long memoryId, String sourceLang, String targetLang, String contains) {
        public static Filter of(RunSpec spec) {
            return new Filter(spec.memoryId(), language("sourceLang", spec.sourceLang()),
                    language("targetLang", spec.targetLang()),
                    spec.contains() == null || spec.contains().isBlank() ? null : spec.contains());
        }

        private static String language(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!LanguageTag.isValid(value)) {
                throw InvalidInputException.of(field, "'" + value + "' is not a BCP 47 language tag");
            }
            return LanguageTag.of(value).tag();
        }

        String where() {
            StringBuilder where = new StringBuilder(" where u.id > :after");
            if (memoryId != null) {
                where.append(" and u.memory.id = :memory");
            }
            if (sourceLang != null) {
                where.append(" and u.sourceLang = :sourceLang");
            }
            if (targetLang != null) {
                where.append(" and u.targetLang = :targetLang");
            }
            if (contains != null) {
                where.append(" and (lower(u.sourceText) like :q escape '\\' or lower(u.targetText) like :q escape '\\')");
            }
            return where.toString();
        }

        /**
         * Id order; within a memory spelled as the (memory, id) index's order, without which H2
         * sorts every remaining unit of the memory for each page (minutes instead of a second
         * over 300,000 units).
         */
        String order() {
            return memoryId != null ? " order by u.memory.id, u.id" : " order by u.id";
        }

        void bind(jakarta.persistence.Query query, long after) {
            query.setParameter("after", after);
            if (memoryId != null) {
                query.setParameter("memory", memoryId);
            }
            if (sourceLang != null) {
                query.setParameter("sourceLang", sourceLang);
            }
            if (targetLang != null) {
                query.setParameter("targetLang", targetLang);
            }
            if (contains != null) {
                String escaped = contains.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                query.setParameter("q", "%" + escaped + "%");
            }
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long count(Filter filter) {
        var query = em.createQuery("select count(u) from TranslationUnit u" + filter.where(), Long.class);
        filter.bind(query, 0);
        return query.getSingleResult();
    }

    /** Up to {@code size} units with an id above {@code afterId}, in id order. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<QaUnit> page(Filter filter, long afterId, int size) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + filter.where() + filter.order(), Object[].class);
        filter.bind(query, afterId);
        return query.setMaxResults(size).getResultList().stream().map(UnitSource::unit).toList();
    }

    /** The units with these ids that still exist. */
    @Transactional(TxType.REQUIRES_NEW)
    public Map<Long, QaUnit> byIds(Collection<Long> ids) {
        Map<Long, QaUnit> units = new HashMap<>();
        List<Long> all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 500) {
            em.createQuery(SELECT + " where u.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList().forEach(row -> {
                        QaUnit unit = unit(row);
                        units.put(unit.id(), unit);
                    });
        }
        return units;
    }

    /** Units of a memory with exactly this source text, for live consistency checking. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<QaUnit> sameSource(long memoryId, String sourceHash, int limit) {
        return em.createQuery(SELECT + " where u.memory.id = :m and u.sourceHash = :h order by u.id", Object[].class)
                .setParameter("m", memoryId).setParameter("h", sourceHash).setMaxResults(limit)
                .getResultList().stream().map(UnitSource::unit).toList();
    }

    /** Concepts with a term marked as a proper noun: names that may stay in their own script. */
    @Transactional(TxType.REQUIRES_NEW)
    public Set<Long> properNameConcepts() {
        List<?> ids = em.createNativeQuery(
                "select distinct concept_id from term where lower(part_of_speech) in ('propernoun', 'proper noun')").getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    private static QaUnit unit(Object[] row) {
        return new QaUnit((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
    }
}
