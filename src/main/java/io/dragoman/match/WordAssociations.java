package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Words that the memory's own translations pair with words of the other language (learned by
 * {@code align.MemoryLexicon} with IBM Model 1), so that a concordance hit can mark in its
 * translation the words that most likely translate the phrase, where the glossary is silent.
 */
public interface WordAssociations {
    /**
     * A test over the normalised words ({@code Token.norm}) of a text in {@code to}: true for the
     * words associated with one of {@code words} (normalised, in {@code from}). Languages the
     * associations do not pair give a test that is never true.
     */
    Predicate<String> translating(Collection<String> words, LanguageTag from, LanguageTag to);
}
