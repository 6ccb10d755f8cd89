package io.dragoman.qa;

import io.dragoman.glossary.TermStatus;
import java.util.List;

/**
 * Finds glossary terms in a text, for the terminology checks. Kept behind this interface so the
 * checks do not depend on how recognition is done (exact token match, or the glossary's
 * clitic-aware recognizer).
 */
public interface TermSpotter {
    /** Every term occurrence in {@code text} written in {@code lang}; longest match wins. */
    List<Hit> find(String text, String lang);

    /** The concept's terms in {@code lang} with the given statuses, preferred first. */
    List<String> terms(long conceptId, String lang, List<TermStatus> statuses);

    /** Whether the concept names a person, place or organisation (kept as is in any script). */
    boolean isProperName(long conceptId);

    /** A recognised term: its concept, status, the term as written in the glossary, and where. */
    record Hit(long conceptId, String term, TermStatus status, Span span) {
    }

    /** No glossary: the terminology checks find nothing. */
    TermSpotter NONE = new TermSpotter() {
        @Override
        public List<Hit> find(String text, String lang) {
            return List.of();
        }

        @Override
        public List<String> terms(long conceptId, String lang, List<TermStatus> statuses) {
            return List.of();
        }

        @Override
        public boolean isProperName(long conceptId) {
            return false;
        }
    };
}
