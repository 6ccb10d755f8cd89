package io.dragoman.glossary;

import io.dragoman.text.Span;
import java.util.List;

/**
 * A glossary term found in a text, the one answer of every {@link TermRecognizer}. {@code span}
 * is where in the text and {@code surface} the text there, clitics included. {@code term} is the
 * glossary term and {@code form} the form that matched (the term itself or one of its variants);
 * for Arabic, {@code proclitic}/{@code enclitic} are the (normalised) clitics found around it.
 * {@code flagged} is set for deprecated and forbidden terms. {@code targets} are the concept's
 * terms to use in the target language (preferred ones, else admitted), {@code avoid} those not
 * to use there.
 */
public record TermHit(long conceptId, String externalId, long termId, String lang, String term, String form,
                      TermStatus status, boolean flagged, String surface, Span span, String proclitic, String enclitic,
                      List<TargetTerm> targets, List<TargetTerm> avoid) {
    public TermHit {
        targets = List.copyOf(targets);
        avoid = List.copyOf(avoid);
    }

    /** The texts of {@link #targets}, preferred ones first. */
    public List<String> targetTexts() {
        return targets.stream().map(TargetTerm::text).toList();
    }

    /** A term of the hit's concept in the target language. */
    public record TargetTerm(long termId, String lang, String text, TermStatus status) {
    }
}
