package io.dragoman.glossary;

import java.util.List;

/** A concept with its terms, as supplied by a user or a file. */
public record ConceptDraft(String externalId, String subject, String definition, String note,
                           String source, List<TermDraft> terms) {
    public ConceptDraft {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
