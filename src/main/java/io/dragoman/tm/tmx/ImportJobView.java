package io.dragoman.tm.tmx;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dragoman.core.Problem;
import io.dragoman.job.JobStatus;
import io.dragoman.job.JobView;
import java.time.OffsetDateTime;

/**
 * An import job as shown to callers: its progress ({@code bytesRead} of {@code bytesTotal} of the
 * uploaded file, {@code unitsRead}) and, once finished, the report or why it failed. The fields
 * beside {@code job} repeat what it says, where clients have always read them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(String id, JobStatus status, String memory, String policy, boolean lenient,
                            boolean dryRun, String file, long bytesTotal, long bytesRead, long unitsRead,
                            OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                            ImportReport report, Problem problem, JobView job) {

    static ImportJobView of(ImportJob details, ImportReport report, JobView job) {
        return new ImportJobView(job.id(), job.status(), details.memoryName, details.policy, details.lenient,
                details.dryRun, details.fileName, job.progress().total(), job.progress().done(), details.unitsRead,
                job.createdAt(), job.startedAt(), job.finishedAt(), report, job.failure(), job);
    }
}
