package io.dragoman.glossary;

/**
 * One searchable form of a term (the term itself or a variant) as a sequence of token keys: the
 * normalised words for Arabic, stems for English.
 */
final class TermPattern {
    final IndexedConcept concept;
    final IndexedConcept.IndexedTerm term;
    final String form;
    final boolean variant;
    final String[] keys;
    /** Per key: the text token must be written exactly so (acronyms: US is not "us"). */
    final String[] exactSurface;
    /** Arabic: whether the last word may carry an attached pronoun. */
    final boolean encliticAllowed;
    /** English: keys are Porter stems (verbs), not plural-stripped words. */
    final boolean porter;

    TermPattern(IndexedConcept concept, IndexedConcept.IndexedTerm term, String form, boolean variant, String[] keys,
                String[] exactSurface, boolean encliticAllowed, boolean porter) {
        this.concept = concept;
        this.term = term;
        this.form = form;
        this.variant = variant;
        this.keys = keys;
        this.exactSurface = exactSurface;
        this.encliticAllowed = encliticAllowed;
        this.porter = porter;
    }

    int length() {
        return keys.length;
    }
}
