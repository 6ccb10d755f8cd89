package io.dragoman.api;

import io.dragoman.align.AlignmentView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit trail keeps of an alignment write: the job's counts and the pair in question,
 * never the whole page of pairs, and of a commit the units stored (their ids while few enough to
 * keep the entry small; their range beyond).
 */
final class AlignmentAudit {
    private static final int MAX_IDS = 500;

    private AlignmentAudit() {
    }

    static Map<String, Object> state(AlignmentView job, Long pairId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("document", job.document());
        state.put("counts", job.counts());
        if (pairId != null) {
            job.pairs().stream().filter(p -> p.id() == pairId).findFirst().ifPresent(p -> state.put("pair", p));
        }
        return state;
    }

    static Map<String, Object> committed(AlignmentView.CommitResult result, Double minConfidence) {
        Map<String, Object> committed = new LinkedHashMap<>();
        committed.put("memoryId", result.memoryId());
        committed.put("document", result.document());
        committed.put("created", result.created());
        committed.put("skipped", result.skipped());
        committed.put("minConfidence", minConfidence);
        List<Long> ids = result.unitIds();
        if (ids.size() <= MAX_IDS) {
            committed.put("unitIds", ids);
        } else {
            committed.put("unitIdRange", List.of(ids.stream().mapToLong(Long::longValue).min().orElseThrow(),
                    ids.stream().mapToLong(Long::longValue).max().orElseThrow()));
        }
        return committed;
    }
}
