package io.dragoman.glossary;

import java.util.List;

/**
 * What the recognizer and the search keep of a concept in memory; {@code version} is the row
 * version, which tells a node whether its copy is current.
 */
record IndexedConcept(long id, long version, String externalId, String subject, List<IndexedTerm> terms) {
    IndexedConcept {
        terms = List.copyOf(terms);
    }

    /** A term with its variants; {@code lang} is canonical ({@code ar}, {@code en-US}). */
    record IndexedTerm(long id, String lang, String text, TermStatus status, String partOfSpeech,
                       List<String> variants) {
        IndexedTerm {
            variants = List.copyOf(variants);
        }

        /** The primary language subtag: {@code en} for {@code en-US}. */
        String language() {
            int dash = lang.indexOf('-');
            return dash < 0 ? lang : lang.substring(0, dash);
        }
    }
}
