package io.dragoman.glossary;

import java.util.List;

/**
 * What a termbase import read and did. In a dry run nothing is stored, but {@code created} and
 * {@code updated} say what a real run would do.
 */
public record ImportReport(String format, String file, ImportMode mode, boolean dryRun, int concepts,
                           int terms, int created, int updated, List<ImportWarning> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
