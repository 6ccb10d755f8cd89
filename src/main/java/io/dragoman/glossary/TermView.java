package io.dragoman.glossary;

import java.util.List;

/** A stored term as returned to callers. */
public record TermView(long id, String lang, String text, TermStatus status, String partOfSpeech,
                       String termType, String gender, String context, String note,
                       List<String> variants) {
    static TermView of(Term term) {
        return new TermView(term.id, term.lang, term.text, term.status, term.partOfSpeech,
                term.termType, term.gender, term.context, term.note, List.copyOf(term.variants));
    }

    public TermDraft toDraft() {
        return new TermDraft(lang, text, status, partOfSpeech, termType, gender, context, note, variants);
    }
}
