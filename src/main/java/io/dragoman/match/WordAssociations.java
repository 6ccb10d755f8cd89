package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Words that the memory's own translations pair with words of the other language (learned by
 * {@code align.MemoryLexicon} with IBM Model 1), so that a concordance hit can mark in its
 * translation the words that most likely translate the phrase, where the glossary is silent, and a
 * fragment the part of its unit's translation that translates it ({@link FragmentTarget}).
 */
public interface WordAssociations {
    /**
     * A test over the normalised words ({@code Token.norm}) of a text in {@code to}: true for the
     * words associated with one of {@code words} (normalised, in {@code from}). Languages the
     * associations do not pair give a test that is never true.
     */
    Predicate<String> translating(Collection<String> words, LanguageTag from, LanguageTag to);

    /**
     * Whether the associations pair {@code word} (normalised, in {@code from}) with any word of
     * {@code to}: a word they never learned (too rare, or too frequent, as function words are)
     * says nothing about a translation.
     */
    boolean knows(String word, LanguageTag from, LanguageTag to);
}
