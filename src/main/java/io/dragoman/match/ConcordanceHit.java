package io.dragoman.match;

import java.util.List;

/**
 * A unit holding the searched phrase. {@code text} is the side in the searched language (the
 * unit's source unless {@code side} is "target"), {@code translation} the other side, and
 * {@code highlights} every occurrence of the phrase in {@code text}; {@code translationHighlights}
 * marks in the translation the glossary's terms for the terms the phrase holds and the words the
 * memory's units pair with the phrase's words ({@link WordAssociations}).
 */
public record ConcordanceHit(long unitId, long memoryId, String side, String lang, String text,
                             String translation, String translationLang, List<SpanView> highlights,
                             List<SpanView> translationHighlights) {
}
