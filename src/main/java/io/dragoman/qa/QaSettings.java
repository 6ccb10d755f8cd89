package io.dragoman.qa;

import java.util.Map;
import java.util.Set;

/**
 * The checks a run executes and the thresholds it overrides, keyed {@code check-id.name}
 * ({@code length-ratio.z}). Built and validated by {@link QaCatalog#settings}.
 */
public record QaSettings(Set<String> enabled, Map<String, Double> thresholds) {
    public QaSettings {
        enabled = Set.copyOf(enabled);
        thresholds = Map.copyOf(thresholds);
    }

    public boolean isEnabled(QaCheck check) {
        return enabled.contains(check.id());
    }

    public double threshold(QaCheck check, String name) {
        Double value = thresholds.get(check.id() + "." + name);
        if (value != null) {
            return value;
        }
        Double fallback = check.thresholds().get(name);
        if (fallback == null) {
            throw new IllegalArgumentException(check.id() + " has no threshold named " + name);
        }
        return fallback;
    }
}
