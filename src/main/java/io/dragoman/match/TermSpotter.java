package io.dragoman.match;

import java.util.List;

/**
 * Finds the glossary concepts whose terms occur in a text. The lookup reports them beside its
 * matches. {@link GlossaryTermSpotter} delegates to the glossary's clitic-aware recognizer.
 */
public interface TermSpotter {
    /**
     * Terms of language {@code lang} found in {@code text}, leftmost-longest and not
     * overlapping, each with the concept's terms in {@code targetLang} (every language when null).
     */
    List<RecognisedTerm> spot(String text, String lang, String targetLang);

    /**
     * Every term of a concept in {@code lang}, whatever its status, variants included: the forms
     * a translation may hold it in ({@link #spot}'s equivalents keep the preferred ones).
     */
    List<String> terms(long conceptId, String lang);
}
