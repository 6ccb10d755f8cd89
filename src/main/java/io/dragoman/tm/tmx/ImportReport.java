package io.dragoman.tm.tmx;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import (or of a dry run, which reports the same without writing).
 * {@code skipped} counts by reason: {@code identical}, {@code not-newer}, {@code undated},
 * {@code one-sided}, {@code no-arabic-english}, {@code invalid}. {@code problems} lists the first
 * problems one by one; {@code problemCount} counts them all.
 */
public record ImportReport(String memory, String policy, boolean dryRun, boolean lenient, List<String> files,
                           long bytes, long unitsRead, long created, long updated, long skipped,
                           Map<String, Long> skippedByReason, long problemCount, List<ImportProblem> problems,
                           long durationMillis) {
    public ImportReport {
        files = List.copyOf(files);
        skippedByReason = Map.copyOf(skippedByReason);
        problems = List.copyOf(problems);
    }
}
