package io.dragoman.match;

import io.dragoman.glossary.TermHit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answer to a lookup: the ranked matches and the glossary terms found in the query, and when no
 * match reaches the threshold, the fragments of the query that stored texts hold.
 * {@code sourceLangGuessed} is true when the request named no source language and
 * {@code sourceLang} was guessed from the query's script.
 */
public record LookupResult(String text, String sourceLang, boolean sourceLangGuessed, String targetLang, int minScore,
                           List<Match> matches, List<Term> terms, List<Fragment> fragments) {

    /**
     * The same answer without the glossary's terms, for a caller who may read the memory but not the
     * glossary: the fragments found as glossary terms go too, since they would show which words are terms.
     */
    public LookupResult withoutTerms() {
        return new LookupResult(text, sourceLang, sourceLangGuessed, targetLang, minScore, matches, List.of(),
                fragments.stream().filter(f -> f.conceptId() == null).toList());
    }

    /**
     * A {@link TermHit} of the query as the lookup answers it: where ({@code span}), which term of
     * which concept, and the concept's terms in the target language, preferred ones first, then
     * admitted ones, then those to avoid.
     */
    public record Term(long conceptId, String externalId, SpanView span, String term, String status,
                       List<Equivalent> equivalents) {

        /** The hits of {@code text}, shown. */
        static List<Term> of(List<TermHit> hits, String text) {
            return hits.stream().map(hit -> new Term(hit.conceptId(), hit.externalId(), SpanView.of(hit.span(), text),
                    hit.term(), hit.status().code(), Stream.concat(hit.targets().stream(), hit.avoid().stream())
                            .map(t -> new Equivalent(t.lang(), t.text(), t.status().code())).toList())).toList();
        }
    }

    /** A term of the same concept in another language. */
    public record Equivalent(String lang, String text, String status) {
    }
}
