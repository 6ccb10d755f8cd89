package io.dragoman.qa;

import io.dragoman.core.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Findings reviewers marked "not a problem", keyed by check, unit and the unit's content. */
@ApplicationScoped
public class IgnoredFindings {
    private final EntityManager em;

    IgnoredFindings(EntityManager em) {
        this.em = em;
    }

    /**
     * Ignores a stored finding from now on: on the next run of any memory the same check on the
     * same unit, as long as the unit reads the same, is left out. Ignoring twice changes nothing.
     */
    @Transactional
    public IgnoredView ignore(long findingId, String reason, String user) {
        QaFinding finding = finding(findingId);
        List<IgnoredFinding> existing = matching(finding);
        if (!existing.isEmpty()) {
            return IgnoredView.of(existing.get(0));
        }
        IgnoredFinding ignored = new IgnoredFinding();
        ignored.checkId = finding.checkId;
        ignored.unitId = finding.unitId;
        ignored.contentHash = finding.contentHash;
        ignored.memoryId = em.find(QaRun.class, finding.runId).memoryId;
        ignored.reason = reason == null || reason.isBlank() ? null : reason.strip();
        ignored.createdBy = user;
        ignored.createdAt = RunStore.now();
        em.persist(ignored);
        return IgnoredView.of(ignored);
    }

    /** The run that stored a finding. */
    @Transactional
    public long runOf(long findingId) {
        return finding(findingId).runId;
    }

    /** Takes the "ignored" mark off a finding's check and unit again; answers the mark as it was. */
    @Transactional
    public IgnoredView unignore(long findingId) {
        QaFinding finding = finding(findingId);
        List<IgnoredFinding> existing = matching(finding);
        if (existing.isEmpty()) {
            throw new NotFoundException("ignore mark of finding", findingId);
        }
        IgnoredView removed = IgnoredView.of(existing.get(0));
        existing.forEach(em::remove);
        return removed;
    }

    /**
     * Keys ({@link IgnoredFinding#key}) of every ignored finding. Keyed by unit, a mark applies in
     * whatever memory the unit is; reviewers' marks are few enough to hold in memory for a run.
     */
    @Transactional
    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        em.createQuery("select i.checkId, i.unitId, i.contentHash from IgnoredFinding i", Object[].class).getResultList()
                .forEach(r -> keys.add(IgnoredFinding.key((String) r[0], (Long) r[1], (String) r[2])));
        return keys;
    }

    private List<IgnoredFinding> matching(QaFinding finding) {
        return em.createQuery("from IgnoredFinding i where i.checkId = :c and i.unitId = :u and i.contentHash = :h",
                        IgnoredFinding.class)
                .setParameter("c", finding.checkId).setParameter("u", finding.unitId).setParameter("h", finding.contentHash)
                .getResultList();
    }

    private QaFinding finding(long id) {
        QaFinding finding = em.find(QaFinding.class, id);
        if (finding == null) {
            throw new NotFoundException("finding", id);
        }
        return finding;
    }
}
