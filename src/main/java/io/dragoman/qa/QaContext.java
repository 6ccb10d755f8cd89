package io.dragoman.qa;

import java.util.Objects;

/** What a check may consult besides the unit: the run's settings, the glossary, and the units by id. */
public record QaContext(QaSettings settings, GlossaryTerms terms, UnitLookup units) {
    public QaContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(units, "units");
    }

    /** The run's value of one of {@code check}'s {@link QaCheck#thresholds()}. */
    public double threshold(QaCheck check, String name) {
        return settings.threshold(check, name);
    }
}
