package io.dragoman.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.function.Consumer;

/** Streams a run's findings check by check (catalog order), in pages: reports of any size. */
@ApplicationScoped
public class FindingReader {
    private static final int PAGE = 1000;

    private final EntityManager em;

    FindingReader(EntityManager em) {
        this.em = em;
    }

    /** Calls {@code sink} with every finding of the run, grouped by check in catalog order. */
    public void forEach(long runId, Consumer<FindingView> sink) {
        for (QaCheck check : QaCatalog.all()) {
            forEach(runId, check.id(), sink);
        }
    }

    public void forEach(long runId, String checkId, Consumer<FindingView> sink) {
        long after = 0;
        while (true) {
            List<FindingView> page = page(runId, checkId, after);
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<FindingView> page(long runId, String checkId, long after) {
        return em.createQuery("from QaFinding f where f.runId = :r and f.checkId = :c and f.id > :a order by f.id", QaFinding.class)
                .setParameter("r", runId).setParameter("c", checkId).setParameter("a", after)
                .setMaxResults(PAGE).getResultList().stream().map(FindingView::of).toList();
    }
}
