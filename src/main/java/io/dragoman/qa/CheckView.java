package io.dragoman.qa;

import java.util.Map;

/** A check as listed by {@code GET /api/qa/checks}. */
public record CheckView(String id, String type, String defaultSeverity, boolean enabledByDefault,
                        boolean enabledForPairsByDefault, String description, Map<String, Double> thresholds) {
    static CheckView of(QaCheck check) {
        return new CheckView(check.id(), check.type().code(), check.defaultSeverity().code(),
                check.enabledByDefault(), check.enabledForPairsByDefault(), check.description(),
                new java.util.TreeMap<>(check.thresholds()));
    }
}
