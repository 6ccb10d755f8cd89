package io.dragoman.match;

/**
 * A run of at least {@link FragmentFinder#MIN_WORDS} query words that a stored text holds word for
 * word (once normalised) when no whole unit reaches the threshold: where it is in the query, one unit
 * that holds it (its id, memory, languages, the run's place in its text, and that text's stored
 * translation in full) and how many units hold it in all. The matching part of the translation is
 * not marked: that needs a word alignment of the memory's units.
 */
public record Fragment(SpanView query, long unitId, long memoryId, String sourceLang, String targetLang, SpanView source,
                       String sourceText, String translation, int units) {
}
