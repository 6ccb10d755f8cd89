package io.dragoman.api;

import io.dragoman.qa.RunSpec;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/qa/runs}: a memory (or none, for every memory), optional language and
 * text filters, and the checks: {@code only} replaces the default set, {@code enable} and
 * {@code disable} adjust it, {@code thresholds} override values named {@code check-id.name}
 * (see {@code GET /api/qa/checks}).
 */
public record QaRunRequest(Long memoryId, String sourceLang, String targetLang, @Size(max = 1000) String contains,
                           List<String> only, List<String> enable, List<String> disable,
                           Map<String, Double> thresholds) {
    RunSpec toSpec() {
        return new RunSpec(memoryId, sourceLang, targetLang, contains, only, enable, disable, thresholds);
    }
}
