package io.dragoman.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/qa/check}: one pair as a translator types it, and optionally the memory
 * to compare it with (units with the same source) and the checks as in {@link QaRunRequest}.
 */
public record QaCheckRequest(@NotBlank String sourceLang, @NotBlank String targetLang,
                             @NotBlank String sourceText, @NotNull String targetText, Long memoryId,
                             List<String> only, List<String> enable, List<String> disable,
                             Map<String, Double> thresholds) {
}
