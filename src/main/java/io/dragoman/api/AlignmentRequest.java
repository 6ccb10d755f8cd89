package io.dragoman.api;

import io.dragoman.align.AlignmentDraft;
import java.util.List;

/**
 * Body of {@code POST /api/alignments}: per side, a plain-text document (paragraphs separated by
 * blank lines) for the segmenter, or {@code sourceSegments}/{@code targetSegments} already split
 * into sentences; {@code oneSegmentPerLine} makes each line of a text one segment. Checked by the
 * service: languages, one non-empty input per side in the expected script, and the limits
 * {@code dragoman.alignment.max-chars} and {@code max-segments}.
 */
public record AlignmentRequest(String document, String sourceLang, String targetLang, String sourceText,
                               String targetText, List<String> sourceSegments, List<String> targetSegments,
                               Boolean oneSegmentPerLine) {
    AlignmentDraft toDraft(String user) {
        return new AlignmentDraft(document, sourceLang, targetLang, sourceText, targetText, sourceSegments,
                targetSegments, Boolean.TRUE.equals(oneSegmentPerLine), user);
    }
}
