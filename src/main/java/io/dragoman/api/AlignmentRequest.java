package io.dragoman.api;

import io.dragoman.align.AlignmentDraft;

/**
 * Body of {@code POST /api/alignments}: a document and its translation as plain text, paragraphs
 * separated by blank lines. Checked by the service: languages, non-empty texts in the expected
 * script, and {@code dragoman.alignment.max-chars}.
 */
public record AlignmentRequest(String document, String sourceLang, String targetLang, String sourceText,
                               String targetText) {
    AlignmentDraft toDraft(String user) {
        return new AlignmentDraft(document, sourceLang, targetLang, sourceText, targetText, user);
    }
}
