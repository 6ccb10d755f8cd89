package io.dragoman.align;

/**
 * What a caller supplies to start an alignment: two plain-text documents (paragraphs separated
 * by blank lines), their languages, and a document name for the units' origin (defaults to
 * {@code alignment-<id>}). Validated by {@link AlignmentService}.
 */
public record AlignmentDraft(String document, String sourceLang, String targetLang, String sourceText,
                             String targetText, String user) {
}
