package io.dragoman.glossary;

import java.util.List;

/**
 * A concept with its terms, as supplied by a user or a file. {@code definitionLang} names the
 * language of the definition (null when unknown).
 */
public record ConceptDraft(String externalId, String subject, String definition, String definitionLang,
                           String note, String source, List<TermDraft> terms) {
    public ConceptDraft {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
