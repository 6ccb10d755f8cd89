package io.dragoman.xliff;

import java.util.List;

/** What a pre-translation or analysis found, per {@code <file>} of the document. */
public record PretranslationReport(String file, String version, int threshold, boolean analyseOnly,
                                   List<FileReport> files) {
}
