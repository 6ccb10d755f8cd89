package io.dragoman.align;

import io.dragoman.core.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;

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

    AlignmentView view(AlignmentJob job) {
        List<AlignmentSegment> source = segments(job, AlignmentSegment.SOURCE);
        List<AlignmentSegment> target = segments(job, AlignmentSegment.TARGET);
        List<AlignmentPair> pairs = pairs(job);
        boolean[] sourceCovered = new boolean[source.size() + 1];
        boolean[] targetCovered = new boolean[target.size() + 1];
        List<AlignmentView.PairView> views = new ArrayList<>(pairs.size());
        int accepted = 0;
        int rejected = 0;
        for (AlignmentPair p : pairs) {
            views.add(new AlignmentView.PairView(p.id, p.sourceStart, p.sourceCount, p.targetStart, p.targetCount,
                    text(source, p.sourceStart, p.sourceEnd()), text(target, p.targetStart, p.targetEnd()),
                    p.confidence, p.status, p.edited));
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
