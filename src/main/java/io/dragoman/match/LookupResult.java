package io.dragoman.match;

import java.util.List;

/**
 * The answer to a lookup: the ranked matches and the glossary terms found in the query, and when no
 * match reaches the threshold, the fragments of the query that stored texts hold.
 * {@code sourceLangGuessed} is true when the request named no source language and
 * {@code sourceLang} was guessed from the query's script.
 */
public record LookupResult(String text, String sourceLang, boolean sourceLangGuessed, String targetLang, int minScore,
                           List<Match> matches, List<RecognisedTerm> terms, List<Fragment> fragments) {

    /** The same answer without the glossary's terms, for a caller who may read the memory but not the glossary. */
    public LookupResult withoutTerms() {
        return new LookupResult(text, sourceLang, sourceLangGuessed, targetLang, minScore, matches, List.of(), fragments);
    }
}
