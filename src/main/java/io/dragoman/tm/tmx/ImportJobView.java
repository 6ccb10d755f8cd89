package io.dragoman.tm.tmx;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * An import job as shown to callers: its progress ({@code bytesRead} of {@code bytesTotal} of the
 * uploaded file, {@code unitsRead}) and, once finished, the report or why it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(String id, String status, String memory, String policy, boolean lenient, boolean dryRun,
                            String file, long bytesTotal, long bytesRead, long unitsRead, OffsetDateTime createdAt,
                            OffsetDateTime startedAt, OffsetDateTime finishedAt, ImportReport report,
                            ImportFailure problem) {
    public boolean finished() {
        return "succeeded".equals(status) || "failed".equals(status);
    }
}
