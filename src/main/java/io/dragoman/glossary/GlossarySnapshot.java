package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the termbase in bulk for the in-memory recognizer: three flat queries instead of one
 * per concept and term, so that 100,000 concepts load in seconds. Runs in its own transaction,
 * because it is called after another one has committed and from a background thread.
 */
@ApplicationScoped
public class GlossarySnapshot {
    /** Changes whenever a concept is created, changed or deleted, on any node. */
    public record Signature(long count, long maxId, long versionSum) {
    }

    private final EntityManager em;

    GlossarySnapshot(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Signature signature() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from concept").getSingleResult();
        return new Signature(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /** Every concept's id and row version: what a node compares with its copy. */
    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Map<Long, Long> versions() {
        Map<Long, Long> versions = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select id, version from concept").getResultList()) {
            versions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return versions;
    }

    /** Every concept. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<IndexedConcept> all() {
        return load("", List.of());
    }

    /** The given concepts that still exist. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<IndexedConcept> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : load(" where c.id in (:ids)", List.copyOf(ids));
    }

    @SuppressWarnings("unchecked")
    private List<IndexedConcept> load(String where, List<Long> ids) {
        var termQuery = em.createNativeQuery("select c.id, c.external_id, c.subject, t.id, t.lang, t.text, t.status,"
                + " t.part_of_speech, c.version from concept c join term t on t.concept_id = c.id" + where
                + " order by c.id, t.position, t.id");
        var variantQuery = em.createNativeQuery("select v.term_id, v.text from term_variant v join term t on t.id = v.term_id"
                + " join concept c on c.id = t.concept_id" + where + " order by v.term_id, v.position");
        if (!ids.isEmpty()) {
            termQuery.setParameter("ids", ids);
            variantQuery.setParameter("ids", ids);
        }
        Map<Long, List<String>> variants = new HashMap<>();
        for (Object[] row : (List<Object[]>) variantQuery.getResultList()) {
            variants.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, Object[]> conceptRows = new LinkedHashMap<>();
        Map<Long, List<IndexedTerm>> terms = new HashMap<>();
        for (Object[] row : (List<Object[]>) termQuery.getResultList()) {
            long conceptId = ((Number) row[0]).longValue();
            long termId = ((Number) row[3]).longValue();
            conceptRows.putIfAbsent(conceptId, row);
            terms.computeIfAbsent(conceptId, k -> new ArrayList<>()).add(new IndexedTerm(termId, (String) row[4],
                    (String) row[5], TermStatus.parse((String) row[6]), (String) row[7],
                    variants.getOrDefault(termId, List.of())));
        }
        List<IndexedConcept> concepts = new ArrayList<>(conceptRows.size());
        conceptRows.forEach((id, row) -> concepts.add(new IndexedConcept(id, ((Number) row[8]).longValue(),
                (String) row[1], (String) row[2], terms.get(id))));
        return concepts;
    }
}
