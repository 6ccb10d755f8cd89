package io.dragoman.glossary;

import java.util.List;

/**
 * A glossary term found in a text. {@code start}/{@code end} are UTF-16 offsets into the text
 * (end exclusive), {@code codePointStart}/{@code codePointEnd} the same span in code points;
 * {@code surface} is the text there, clitics included. {@code term} is the glossary term and
 * {@code form} the form that matched (the term itself or one of its variants); for Arabic,
 * {@code proclitic}/{@code enclitic} are the (normalised) clitics found around it.
 * {@code flagged} is set for deprecated and forbidden terms. {@code targets} are the concept's
 * terms to use in the target language (preferred ones, else admitted), {@code avoid} those not
 * to use there.
 */
public record TermHit(long conceptId, String externalId, long termId, String lang, String term, String form,
                      TermStatus status, boolean flagged, String surface, int start, int end,
                      int codePointStart, int codePointEnd, String proclitic, String enclitic,
                      List<TargetTerm> targets, List<TargetTerm> avoid) {
    public TermHit {
        targets = List.copyOf(targets);
        avoid = List.copyOf(avoid);
    }

    /** A term of the hit's concept in the target language. */
    public record TargetTerm(long termId, String lang, String text, TermStatus status) {
    }
}
