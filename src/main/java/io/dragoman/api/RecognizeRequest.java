package io.dragoman.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/glossary/recognize}: the text, its language, optionally the target language. */
public record RecognizeRequest(
        @NotNull @Size(max = 100_000) String text,
        @NotBlank String lang,
        String targetLang) {
}
