package io.dragoman.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads units for the index and for ranking as plain projections (no entities, no annotations),
 * each call in its own transaction: the index is kept in step from after-commit observers, where
 * the writer's transaction has already ended.
 */
@ApplicationScoped
public class UnitSource implements TextSource {
    private static final int IN_LIST = 1000;
    private static final String INDEXED = "select u.id, u.memory.id, u.sourceLang, u.targetLang, u.sourceText,"
            + " u.targetText, u.prevSourceHash from TranslationUnit u";
    private static final String TEXTS = "select u.id, u.memory.id, u.sourceLang, u.targetLang, u.sourceText,"
            + " u.targetText, u.prevSourceHash, u.tuid, u.originDocument, u.originPosition, u.originFile,"
            + " u.createdAt, u.createdBy, u.changedAt, u.changedBy, u.usageCount, u.lastUsedAt"
            + " from TranslationUnit u where u.id in :ids";

    private final EntityManager em;

    UnitSource(EntityManager em) {
        this.em = em;
    }

    /** The next page of units by ascending id after {@code afterId} (keyset paging). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedUnit> page(long afterId, int size) {
        return em.createQuery(INDEXED + " where u.id > :after order by u.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(size).getResultList()
                .stream().map(UnitSource::indexed).toList();
    }

    /** The next page of units by descending id before {@code beforeId}: newest first (keyset paging). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedUnit> pageBefore(long beforeId, int size) {
        return em.createQuery(INDEXED + " where u.id < :before order by u.id desc", Object[].class)
                .setParameter("before", beforeId).setMaxResults(size).getResultList()
                .stream().map(UnitSource::indexed).toList();
    }

    /** The units among {@code ids} that exist (the others were deleted). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedUnit> units(Collection<Long> ids) {
        List<IndexedUnit> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery(INDEXED + " where u.id in :ids", Object[].class).setParameter("ids", chunk)
                    .getResultList().forEach(row -> found.add(indexed(row)));
        }
        return found;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, UnitTexts> texts(Collection<Long> ids) {
        Map<Long, UnitTexts> found = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Object[] r : em.createQuery(TEXTS, Object[].class).setParameter("ids", chunk).getResultList()) {
                UnitMetadata metadata = new UnitMetadata((String) r[7], (String) r[8], (Integer) r[9], (String) r[10],
                        (OffsetDateTime) r[11], (String) r[12], (OffsetDateTime) r[13], (String) r[14],
                        (Integer) r[15], (OffsetDateTime) r[16]);
                long id = (Long) r[0];
                found.put(id, new UnitTexts(id, (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], metadata));
            }
        }
        return found;
    }

    private static IndexedUnit indexed(Object[] r) {
        return new IndexedUnit((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6]);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
