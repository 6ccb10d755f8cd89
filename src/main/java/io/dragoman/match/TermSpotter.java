package io.dragoman.match;

import java.util.List;

/**
 * Finds the glossary concepts whose terms occur in a text. The lookup reports them beside its
 * matches. The default, {@link ExactTermSpotter}, recognises terms by their normalised tokens;
 * a clitic-aware recognizer can replace it by providing another bean of this type.
 */
public interface TermSpotter {
    /**
     * Terms of language {@code lang} found in {@code text}, leftmost-longest and not
     * overlapping, each with the concept's terms in {@code targetLang} (every language when null).
     */
    List<RecognisedTerm> spot(String text, String lang, String targetLang);
}
