package io.dragoman.qa;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import io.dragoman.qa.check.InconsistentSource;
import io.dragoman.qa.check.InconsistentTarget;
import io.dragoman.qa.check.LengthRatio;
import io.dragoman.qa.check.NumberMismatch;
import io.dragoman.qa.check.PlaceholderMismatch;
import io.dragoman.qa.check.Punctuation;
import io.dragoman.qa.check.TagMismatch;
import io.dragoman.qa.check.TermForbidden;
import io.dragoman.qa.check.TermMissing;
import io.dragoman.qa.check.Untranslated;
import io.dragoman.qa.check.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Every check Dragoman has, in report order, and the validation of a run's choice of them. */
public final class QaCatalog {
    private static final List<QaCheck> CHECKS = List.of(
            new PlaceholderMismatch(), new TagMismatch(), new NumberMismatch(), new Untranslated(),
            new TermForbidden(), new TermMissing(), new InconsistentTarget(), new InconsistentSource(),
            new Punctuation(), new Whitespace(), new LengthRatio());

    private QaCatalog() {
    }

    public static List<QaCheck> all() {
        return CHECKS;
    }

    public static Optional<QaCheck> find(String id) {
        return CHECKS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks on by default, with their default thresholds. */
    public static QaSettings defaults() {
        return settings(null, null, null, null);
    }

    /**
     * A memory-wide run's settings: {@code only} (when given) replaces the default set; {@code enable}
     * adds to it and {@code disable} removes from it; {@code thresholds} overrides values named
     * {@code check-id.name}. Unknown ids and names are refused with the offending field.
     */
    public static QaSettings settings(List<String> only, List<String> enable, List<String> disable,
                                      Map<String, Double> thresholds) {
        return settings(QaCheck::enabledByDefault, only, enable, disable, thresholds);
    }

    /** The settings of a live check of one pair: as {@link #settings}, from the pair defaults. */
    public static QaSettings pairSettings(List<String> only, List<String> enable, List<String> disable,
                                          Map<String, Double> thresholds) {
        return settings(QaCheck::enabledForPairsByDefault, only, enable, disable, thresholds);
    }

    private static QaSettings settings(Predicate<QaCheck> byDefault, List<String> only, List<String> enable,
                                       List<String> disable, Map<String, Double> thresholds) {
        List<Violation> violations = new ArrayList<>();
        Set<String> enabled = new LinkedHashSet<>();
        if (only != null && !only.isEmpty()) {
            enabled.addAll(known("only", only, violations));
        } else {
            CHECKS.stream().filter(byDefault).forEach(c -> enabled.add(c.id()));
        }
        enabled.addAll(known("enable", enable, violations));
        enabled.removeAll(known("disable", disable, violations));
        Map<String, Double> values = new HashMap<>();
        if (thresholds != null) {
            thresholds.forEach((name, value) -> {
                int dot = name.indexOf('.');
                Optional<QaCheck> check = dot < 0 ? Optional.empty() : find(name.substring(0, dot));
                if (check.isEmpty() || !check.get().thresholds().containsKey(name.substring(dot + 1))) {
                    violations.add(new Violation("thresholds." + name, "is not a threshold of any check; known: " + knownThresholds()));
                } else if (value == null || value.isNaN() || value < 0) {
                    violations.add(new Violation("thresholds." + name, "must be a number of 0 or more"));
                } else {
                    values.put(name, value);
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QaSettings(enabled, values);
    }

    private static List<String> known(String field, List<String> ids, List<Violation> violations) {
        List<String> result = new ArrayList<>();
        if (ids == null) {
            return result;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? "" : ids.get(i).strip();
            if (find(id).isPresent()) {
                result.add(id);
            } else {
                violations.add(new Violation(field + "[" + i + "]", "unknown check '" + id + "'; known: "
                        + String.join(", ", CHECKS.stream().map(QaCheck::id).toList())));
            }
        }
        return result;
    }

    private static String knownThresholds() {
        List<String> names = new ArrayList<>();
        CHECKS.forEach(c -> c.thresholds().keySet().stream().sorted().forEach(n -> names.add(c.id() + "." + n)));
        return String.join(", ", names);
    }
}
