package io.dragoman.match;

import java.util.List;

/**
 * A glossary term found in a query: where ({@code span} in the query), which term of which
 * concept, and the concept's terms in the target language, preferred ones first.
 */
public record RecognisedTerm(long conceptId, String externalId, Span span, String term, String status,
                             List<Equivalent> equivalents) {

    /** A term of the same concept in another language. */
    public record Equivalent(String lang, String text, String status) {
    }
}
