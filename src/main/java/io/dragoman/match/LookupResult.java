package io.dragoman.match;

import java.util.List;

/** The answer to a lookup: the ranked matches and the glossary terms found in the query. */
public record LookupResult(String text, String sourceLang, String targetLang, int minScore,
                           List<Match> matches, List<RecognisedTerm> terms) {
}
