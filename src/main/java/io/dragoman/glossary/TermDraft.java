package io.dragoman.glossary;

import java.util.List;

/** A term as supplied by a user or a file; validated by {@link GlossaryValidation}. */
public record TermDraft(String lang, String text, TermStatus status, String partOfSpeech,
                        String termType, String gender, String context, String note,
                        List<String> variants) {
    public TermDraft {
        status = status == null ? TermStatus.ADMITTED : status;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public static TermDraft of(String lang, String text, TermStatus status) {
        return new TermDraft(lang, text, status, null, null, null, null, null, List.of());
    }
}
