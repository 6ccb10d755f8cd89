package io.dragoman.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dragoman.core.Problem;
import java.time.OffsetDateTime;

/**
 * A job as callers see it, the same for every kind: {@code GET /api/imports/{id}} and
 * {@code GET /api/qa/runs/{id}} embed it as {@code job}. {@code failure} is the problem document
 * (RFC 9457) of a failed job, the one the request would have answered had it run synchronously.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, String kind, JobStatus status, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, OffsetDateTime heartbeatAt, Problem failure, Progress progress) {

    /**
     * {@code done} of {@code total} {@code unit}s (bytes of an import's upload, units of a QA run);
     * {@code fraction} from 0 to 1 (1 only once the job succeeded); {@code phase} says what it does now.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(String unit, long done, long total, double fraction, String phase) {
    }

    public boolean finished() {
        return !status.open();
    }
}
