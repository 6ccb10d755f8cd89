package io.dragoman.match;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A run of at least {@link FragmentFinder#MIN_WORDS} query words, or one glossary term of the query, that a stored text holds word for
 * word (once normalised) when no whole unit reaches the threshold: where it is in the query, one unit
 * that holds it (its id, memory, languages, the run's place in its text, and that text's stored
 * translation in full) and how many units hold it in all. {@code target} marks in that translation
 * the words that translate the fragment (the glossary's equivalent, or the words the memory's word
 * associations pair with it: {@link FragmentTarget}); it is absent when neither can tell. A
 * fragment found as one glossary term of the query, shorter than a run need be, names the term's
 * concept in {@code conceptId}.
 */
public record Fragment(SpanView query, long unitId, long memoryId, String sourceLang, String targetLang, SpanView source,
                       String sourceText, String translation, @JsonInclude(JsonInclude.Include.NON_NULL) SpanView target,
                       int units, @JsonInclude(JsonInclude.Include.NON_NULL) Long conceptId) {
}
