package io.dragoman.align;

import io.dragoman.core.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.dragoman.core.ConflictException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads and projects a job's rows; callers hold the transaction. */
@ApplicationScoped
class AlignmentStore {
    private final EntityManager em;

    AlignmentStore(EntityManager em) {
        this.em = em;
    }

    EntityManager em() {
        return em;
    }

    AlignmentJob job(long id) {
        AlignmentJob job = em.find(AlignmentJob.class, id);
        if (job == null) {
            throw new NotFoundException("alignment", id);
        }
        return job;
    }

    /** The job, locked until the transaction ends: review operations on one job run one at a time. */
    AlignmentJob lockedJob(long id) {
        AlignmentJob job = em.find(AlignmentJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("alignment", id);
        }
        return job;
    }

    /**
     * The job, locked without waiting: a commit takes long on a big job, and a second commit of
     * the same job would only wait to find the units stored, so it is refused with a conflict.
     */
    AlignmentJob lockedJobNoWait(long id) {
        try {
            AlignmentJob job = em.find(AlignmentJob.class, id, LockModeType.PESSIMISTIC_WRITE,
                    Map.of("jakarta.persistence.lock.timeout", 0));
            if (job == null) {
                throw new NotFoundException("alignment", id);
            }
            return job;
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("alignment " + id + " is being committed or changed by another request; "
                    + "try again when it is done");
        }
    }

    List<AlignmentSegment> segments(AlignmentJob job, String side) {
        return em.createQuery("from AlignmentSegment s where s.job = :job and s.side = :side order by s.position",
                AlignmentSegment.class).setParameter("job", job).setParameter("side", side).getResultList();
    }

    List<AlignmentPair> pairs(AlignmentJob job) {
        return em.createQuery("from AlignmentPair p where p.job = :job order by p.sourceStart, p.targetStart",
                AlignmentPair.class).setParameter("job", job).getResultList();
    }

    AlignmentPair pair(AlignmentJob job, long pairId) {
        AlignmentPair pair = em.find(AlignmentPair.class, pairId);
        if (pair == null || !pair.job.id.equals(job.id)) {
            throw new NotFoundException("pair", pairId);
        }
        return pair;
    }

    /** The job with one page of its pairs; counts and omitted segments cover all of them. */
    AlignmentView view(AlignmentJob job, PairQuery query) {
        List<AlignmentSegment> source = segments(job, AlignmentSegment.SOURCE);
        List<AlignmentSegment> target = segments(job, AlignmentSegment.TARGET);
        List<AlignmentPair> pairs = pairs(job);
        boolean[] sourceCovered = new boolean[source.size() + 1];
        boolean[] targetCovered = new boolean[target.size() + 1];
        int from = (int) Math.min(pairs.size(), (long) query.page().page() * query.page().size());
        List<AlignmentPair> shown = pairs.stream().sorted(query.comparator()).skip(from).limit(query.page().size()).toList();
        List<AlignmentView.PairView> views = new ArrayList<>(shown.size());
        for (AlignmentPair p : shown) {
            views.add(new AlignmentView.PairView(p.id, p.sourceStart, p.sourceCount, p.targetStart, p.targetCount,
                    text(source, p.sourceStart, p.sourceEnd()), text(target, p.targetStart, p.targetEnd()),
                    p.confidence, p.status, p.edited, p.version));
        }
        int accepted = 0;
        int rejected = 0;
        for (AlignmentPair p : pairs) {
            cover(sourceCovered, p.sourceStart, p.sourceEnd());
            cover(targetCovered, p.targetStart, p.targetEnd());
            accepted += p.status == PairStatus.ACCEPTED ? 1 : 0;
            rejected += p.status == PairStatus.REJECTED ? 1 : 0;
        }
        List<AlignmentView.SegmentView> omitted = new ArrayList<>();
        int omittedSource = addOmitted(source, sourceCovered, omitted);
        int omittedTarget = addOmitted(target, targetCovered, omitted);
        return new AlignmentView(job.id, job.document, job.sourceLang, job.targetLang, job.createdAt, job.createdBy,
                job.changedAt, job.committedMemory == null ? null : job.committedMemory.id, job.committedAt,
                new AlignmentView.Counts(source.size(), target.size(), pairs.size(), accepted, rejected,
                        omittedSource, omittedTarget),
                new AlignmentView.PairsPage(query.page().page(), query.page().size(), pairs.size(), query.order()),
                views, omitted);
    }

    static AlignmentView.Summary summary(AlignmentJob job) {
        return new AlignmentView.Summary(job.id, job.document, job.sourceLang, job.targetLang, job.createdAt,
                job.changedAt, job.committedMemory == null ? null : job.committedMemory.id);
    }

    /** Texts of the 1-based segments [from, to), joined by a space. */
    static String text(List<AlignmentSegment> segments, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(segments.get(k - 1).text);
        }
        return text.toString();
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int k = from; k < to && k < covered.length; k++) {
            covered[k] = true;
        }
    }

    private static int addOmitted(List<AlignmentSegment> segments, boolean[] covered, List<AlignmentView.SegmentView> out) {
        int count = 0;
        for (AlignmentSegment s : segments) {
            if (!covered[s.position]) {
                out.add(new AlignmentView.SegmentView(s.side, s.position, s.paragraph, s.text));
                count++;
            }
        }
        return count;
    }
}
