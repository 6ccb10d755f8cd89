package io.dragoman.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/glossary/recognize}: the text, optionally its language (guessed from the
 * script when absent) and the target language.
 */
public record RecognizeRequest(
        @NotNull @Size(max = 100_000) String text,
        String lang,
        String targetLang) {
}
