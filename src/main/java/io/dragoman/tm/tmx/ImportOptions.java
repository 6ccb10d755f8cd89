package io.dragoman.tm.tmx;

import io.dragoman.core.InvalidInputException;

/**
 * How to import: into which memory (by name, created when absent), with which duplicate policy,
 * whether invalid units are skipped ({@code lenient}) instead of failing the import, and whether
 * to report only ({@code dryRun}). {@code user} is recorded as creator of units that name none.
 */
public record ImportOptions(String memory, DuplicatePolicy policy, boolean lenient, boolean dryRun, String user) {
    public ImportOptions {
        if (memory == null || memory.isBlank()) {
            throw InvalidInputException.of("memory", "must name the memory to import into");
        }
        memory = memory.strip();
        policy = policy == null ? DuplicatePolicy.SKIP_IDENTICAL : policy;
    }
}
