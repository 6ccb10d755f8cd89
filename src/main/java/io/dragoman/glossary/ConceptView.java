package io.dragoman.glossary;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored concept with its terms, as returned to callers. */
public record ConceptView(long id, String externalId, String subject, String definition, String definitionLang,
                          String note, String source, OffsetDateTime createdAt, OffsetDateTime changedAt,
                          long version, List<TermView> terms) {
    static ConceptView of(Concept concept) {
        return new ConceptView(concept.id, concept.externalId, concept.subject, concept.definition,
                concept.definitionLang, concept.note, concept.source, concept.createdAt, concept.changedAt,
                concept.version, concept.terms.stream().map(TermView::of).toList());
    }

    /** The draft that would recreate this concept (ids, times and version left out). */
    public ConceptDraft toDraft() {
        return new ConceptDraft(externalId, subject, definition, definitionLang, note, source,
                terms.stream().map(TermView::toDraft).toList());
    }
}
