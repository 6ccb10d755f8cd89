package io.dragoman.qa;

import io.dragoman.job.JobStatus;
import io.dragoman.job.JobView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A run as callers see it: its status and progress ({@code progress} from 0 to 1), and once
 * finished the findings counted by check and severity. {@code ignored} counts findings left out
 * because a reviewer had ignored them. The fields beside {@code job} repeat what it says, where
 * clients have always read them; {@code failure} is the detail of the job's problem.
 */
public record RunView(long id, Long memoryId, String sourceLang, String targetLang, String contains,
                      JobStatus status, String phase, long unitsTotal, long unitsChecked, double progress,
                      long findings, long ignored, List<String> checks, Map<String, Double> thresholds,
                      Map<String, Map<String, Long>> counts, String failure,
                      OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, JobView job) {

    /** Errors found (what makes the command line fail). */
    public long errors() {
        return counts.values().stream().mapToLong(bySeverity -> bySeverity.getOrDefault("error", 0L)).sum();
    }
}
