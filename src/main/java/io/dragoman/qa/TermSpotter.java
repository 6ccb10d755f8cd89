package io.dragoman.qa;

import io.dragoman.glossary.TermStatus;
import java.util.List;

/**
 * Finds glossary terms in a text, for the terminology checks. In the service this is the
 * glossary's clitic- and inflection-aware {@link io.dragoman.glossary.TermRecognizer}
 * ({@link RecognizerTermSpotter}); the interface keeps the checks testable without it.
 */
public interface TermSpotter {
    /**
     * Every term of {@code lang} in {@code text}, longest match first, each with the concept's
     * terms to use in {@code otherLang}.
     */
    List<Hit> find(String text, String lang, String otherLang);

    /** Whether the concept names a person, place or organisation (kept as is in any script). */
    boolean isProperName(long conceptId);

    /**
     * A recognised term: its concept, the glossary term, its status, where it is, and the terms
     * to use in the other language (preferred ones, else admitted ones).
     */
    record Hit(long conceptId, String term, TermStatus status, Span span, List<String> targets) {
        public Hit {
            targets = List.copyOf(targets);
        }
    }

    /** No glossary: the terminology checks find nothing. */
    TermSpotter NONE = new TermSpotter() {
        @Override
        public List<Hit> find(String text, String lang, String otherLang) {
            return List.of();
        }

        @Override
        public boolean isProperName(long conceptId) {
            return false;
        }
    };
}
