package io.dragoman.api;

import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A term inside a concept request, or the body of the term endpoints. */
public record TermRequest(
        @NotBlank String lang,
        @NotBlank @Size(max = 1000) String text,
        TermStatus status,
        @Size(max = 40) String partOfSpeech,
        @Size(max = 60) String termType,
        @Size(max = 20) String gender,
        @Size(max = 4000) String context,
        @Size(max = 4000) String note,
        List<@NotBlank @Size(max = 1000) String> variants) {

    TermDraft toDraft() {
        return new TermDraft(lang, text, status, partOfSpeech, termType, gender, context, note, variants);
    }
}
