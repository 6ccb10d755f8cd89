package io.dragoman.align;

import java.util.List;

/**
 * What a caller supplies to start an alignment: per side either a plain-text document
 * (paragraphs separated by blank lines, cut by the segmenter) or the segments themselves, their
 * languages, and a document name for the units' origin (defaults to {@code alignment-<id>}).
 * With {@code oneSegmentPerLine}, each non-blank line of a text is one segment and blank lines
 * separate paragraphs. Validated by {@link AlignmentService}.
 */
public record AlignmentDraft(String document, String sourceLang, String targetLang, String sourceText,
                             String targetText, List<String> sourceSegments, List<String> targetSegments,
                             boolean oneSegmentPerLine, String user) {
}
