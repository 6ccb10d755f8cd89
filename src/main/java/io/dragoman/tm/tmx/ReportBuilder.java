package io.dragoman.tm.tmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates an {@link ImportReport} while one import runs (one thread). */
final class ReportBuilder {
    private final ImportOptions options;
    private final int maxProblems;
    private final long started = System.nanoTime();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    long bytes;
    long unitsRead;
    long created;
    long updated;
    long writeNanos;

    ReportBuilder(ImportOptions options, int maxProblems) {
        this.options = options;
        this.maxProblems = maxProblems;
    }

    void file(String name) {
        files.add(name);
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < maxProblems) {
            problems.add(problem);
        }
    }

    ImportReport build() {
        long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
        return new ImportReport(options.memory(), options.policy().slug(), options.dryRun(), options.lenient(),
                files, bytes, unitsRead, created, updated, skippedTotal, skipped, problemCount, problems,
                writeNanos / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }
}
