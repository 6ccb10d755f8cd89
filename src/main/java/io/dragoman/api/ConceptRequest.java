package io.dragoman.api;

import io.dragoman.glossary.ConceptDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/glossary/concepts} and {@code PUT /api/glossary/concepts/{id}}. */
public record ConceptRequest(
        @Size(max = 200) String externalId,
        @Size(max = 200) String subject,
        @Size(max = 4000) String definition,
        @Size(max = 35) String definitionLang,
        @Size(max = 4000) String note,
        @Size(max = 1000) String source,
        @NotEmpty List<@Valid TermRequest> terms,
        Long version) {

    ConceptDraft toDraft() {
        return new ConceptDraft(externalId, subject, definition, definitionLang, note, source,
                terms.stream().map(TermRequest::toDraft).toList());
    }
}
