package io.dragoman.align;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Versions;
import io.dragoman.core.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's operations on a job's pairs: accept, reject, merge two pairs, split one, and pair
 * segments anew. Each locks the job, so concurrent reviewers on any node apply one after the
 * other, and answers the job as it is afterwards. Pairs a reviewer makes count as accepted. An
 * operation on a pair may name the pair's version it was decided on ({@code expectedVersion}):
 * when another reviewer changed the pair since, it is refused rather than undoing that change.
 */
@ApplicationScoped
public class AlignmentReview {
    private final AlignmentStore store;

    AlignmentReview(AlignmentStore store) {
        this.store = store;
    }

    @Transactional
    public AlignmentView setStatus(long jobId, long pairId, PairStatus status, Long expectedVersion) {
        AlignmentJob job = store.lockedJob(jobId);
        current(job, pairId, expectedVersion).status = status;
        return touched(job);
    }

    /** Joins two pairs into one spanning both, with any unpaired segments between them. */
    @Transactional
    public AlignmentView merge(long jobId, long pairId, long otherId, Long expectedVersion) {
        AlignmentJob job = store.lockedJob(jobId);
        AlignmentPair first = current(job, pairId, expectedVersion);
        AlignmentPair second = store.pair(job, otherId);
        if (first == second) {
            throw InvalidInputException.of("with", "a pair cannot be merged with itself");
        }
        int sourceStart = Math.min(first.sourceStart, second.sourceStart);
        int targetStart = Math.min(first.targetStart, second.targetStart);
        PairUnits.Range merged = new PairUnits.Range(sourceStart,
                Math.max(first.sourceEnd(), second.sourceEnd()) - sourceStart, targetStart,
                Math.max(first.targetEnd(), second.targetEnd()) - targetStart);
        for (AlignmentPair other : store.pairs(job)) {
            if (other != first && other != second && overlaps(other, merged)) {
                throw InvalidInputException.of("with", "pair " + other.id + " lies between the two pairs; merge neighbours only");
            }
        }
        store.em().remove(second);
        apply(first, merged);
        return touched(job);
    }

    /**
     * Cuts a pair after its first {@code sourceCount} source and {@code targetCount} target
     * segments. A part left with segments on one side only is dropped: those become omitted.
     */
    @Transactional
    public AlignmentView split(long jobId, long pairId, int sourceCount, int targetCount, Long expectedVersion) {
        AlignmentJob job = store.lockedJob(jobId);
        AlignmentPair pair = current(job, pairId, expectedVersion);
        List<Violation> violations = new ArrayList<>();
        if (sourceCount < 0 || sourceCount > pair.sourceCount) {
            violations.add(new Violation("sourceCount", "must be between 0 and " + pair.sourceCount));
        }
        if (targetCount < 0 || targetCount > pair.targetCount) {
            violations.add(new Violation("targetCount", "must be between 0 and " + pair.targetCount));
        }
        boolean firstIsPair = sourceCount > 0 && targetCount > 0;
        boolean restIsPair = sourceCount < pair.sourceCount && targetCount < pair.targetCount;
        if (violations.isEmpty() && (sourceCount + targetCount == 0
                || (sourceCount == pair.sourceCount && targetCount == pair.targetCount))) {
            violations.add(new Violation("sourceCount", "the split must leave segments in both parts"));
        } else if (violations.isEmpty() && !firstIsPair && !restIsPair) {
            violations.add(new Violation("sourceCount", "the split must leave a pair; reject the pair to unpair it"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int restSource = pair.sourceCount - sourceCount;
        int restTarget = pair.targetCount - targetCount;
        if (restSource > 0 && restTarget > 0) {
            store.em().persist(newPair(job, new PairUnits.Range(pair.sourceStart + sourceCount, restSource,
                    pair.targetStart + targetCount, restTarget), 1.0, true));
        }
        if (sourceCount > 0 && targetCount > 0) {
            apply(pair, new PairUnits.Range(pair.sourceStart, sourceCount, pair.targetStart, targetCount));
        } else {
            store.em().remove(pair);
        }
        return touched(job);
    }

    /**
     * Pairs the given segments, as a new pair ({@code pairId} null) or in place of an existing
     * one. Other pairs lose these segments: they keep what remains if it is one run on each side,
     * otherwise they are removed and their other segments become omitted.
     */
    @Transactional
    public AlignmentView pair(long jobId, Long pairId, int sourceStart, int sourceCount, int targetStart, int targetCount,
                              Long expectedVersion) {
        AlignmentJob job = store.lockedJob(jobId);
        AlignmentPair pair = pairId == null ? null : current(job, pairId, expectedVersion);
        PairUnits.Range range = checkedRange(job, sourceStart, sourceCount, targetStart, targetCount);
        for (AlignmentPair other : store.pairs(job)) {
            if (other != pair && overlaps(other, range)) {
                release(other, range);
            }
        }
        if (pair == null) {
            store.em().persist(newPair(job, range, 1.0, true));
        } else {
            apply(pair, range);
        }
        return touched(job);
    }

    static AlignmentPair newPair(AlignmentJob job, PairUnits.Range range, double confidence, boolean byReviewer) {
        AlignmentPair pair = new AlignmentPair();
        pair.job = job;
        pair.sourceStart = range.sourceStart();
        pair.sourceCount = range.sourceCount();
        pair.targetStart = range.targetStart();
        pair.targetCount = range.targetCount();
        pair.confidence = confidence;
        pair.status = byReviewer ? PairStatus.ACCEPTED : PairStatus.PROPOSED;
        pair.edited = byReviewer;
        return pair;
    }

    private static void apply(AlignmentPair pair, PairUnits.Range range) {
        pair.sourceStart = range.sourceStart();
        pair.sourceCount = range.sourceCount();
        pair.targetStart = range.targetStart();
        pair.targetCount = range.targetCount();
        pair.confidence = 1.0;
        pair.status = PairStatus.ACCEPTED;
        pair.edited = true;
    }

    /** Takes the range's segments away from {@code other}. */
    private void release(AlignmentPair other, PairUnits.Range range) {
        int[] source = remainder(other.sourceStart, other.sourceEnd(), range.sourceStart(),
                range.sourceStart() + range.sourceCount());
        int[] target = remainder(other.targetStart, other.targetEnd(), range.targetStart(),
                range.targetStart() + range.targetCount());
        if (source == null || target == null || source[1] <= source[0] || target[1] <= target[0]) {
            store.em().remove(other);
            return;
        }
        other.sourceStart = source[0];
        other.sourceCount = source[1] - source[0];
        other.targetStart = target[0];
        other.targetCount = target[1] - target[0];
        other.status = PairStatus.PROPOSED;
        other.edited = true;
    }

    /** [from, to) without [cutFrom, cutTo); null when that would leave two runs. */
    private static int[] remainder(int from, int to, int cutFrom, int cutTo) {
        if (cutTo <= from || cutFrom >= to) {
            return new int[] {from, to};
        }
        if (cutFrom <= from) {
            return new int[] {Math.min(cutTo, to), to};
        }
        if (cutTo >= to) {
            return new int[] {from, cutFrom};
        }
        return null;
    }

    private static boolean overlaps(AlignmentPair pair, PairUnits.Range range) {
        return (pair.sourceStart < range.sourceStart() + range.sourceCount() && range.sourceStart() < pair.sourceEnd())
                || (pair.targetStart < range.targetStart() + range.targetCount() && range.targetStart() < pair.targetEnd());
    }

    private PairUnits.Range checkedRange(AlignmentJob job, int sourceStart, int sourceCount, int targetStart, int targetCount) {
        List<Violation> violations = new ArrayList<>();
        checkRun("source", sourceStart, sourceCount, count(job, AlignmentSegment.SOURCE), violations);
        checkRun("target", targetStart, targetCount, count(job, AlignmentSegment.TARGET), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PairUnits.Range(sourceStart, sourceCount, targetStart, targetCount);
    }

    private static void checkRun(String side, int start, int count, long segments, List<Violation> violations) {
        if (start < 1 || start > segments) {
            violations.add(new Violation(side + "Start", "must be between 1 and " + segments));
        } else if (count < 1 || start + count - 1 > segments) {
            violations.add(new Violation(side + "Count", "must be between 1 and " + (segments - start + 1)));
        }
    }

    private long count(AlignmentJob job, String side) {
        return store.em().createQuery("select count(s) from AlignmentSegment s where s.job = :job and s.side = :side",
                Long.class).setParameter("job", job).setParameter("side", side).getSingleResult();
    }

    /** The pair, as long as it is still the version the reviewer decided on (when one is named). */
    private AlignmentPair current(AlignmentJob job, long pairId, Long expectedVersion) {
        AlignmentPair pair = store.pair(job, pairId);
        Versions.requireCurrent("pair", pairId, pair.version, expectedVersion);
        return pair;
    }

    private AlignmentView touched(AlignmentJob job) {
        job.changedAt = AlignmentService.now();
        store.em().flush();
        return store.view(job, PairQuery.FIRST);
    }
}
