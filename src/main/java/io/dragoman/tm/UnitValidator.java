package io.dragoman.tm;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a unit's languages and texts must follow on every write path: a unit typed by a user,
 * an alignment committed, a bulk import.
 */
@ApplicationScoped
public class UnitValidator {
    private final TmConfig config;

    UnitValidator(TmConfig config) {
        this.config = config;
    }

    /**
     * Checks a draft and returns it with its languages in canonical form.
     *
     * @throws InvalidInputException listing every offending field
     */
    public ValidUnit validate(UnitDraft draft) {
        List<Violation> violations = new ArrayList<>();
        LanguageTag source = LanguageTag.parse("sourceLang", draft.sourceLang(), violations);
        LanguageTag target = LanguageTag.parse("targetLang", draft.targetLang(), violations);
        if (source != null && target != null && source.language().equals(target.language())) {
            violations.add(new Violation("targetLang", "must differ from the source language"));
        }
        if (draft.sourceText() == null || draft.sourceText().isBlank()) {
            violations.add(new Violation("sourceText", "must not be blank"));
        } else {
            checkLength("sourceText", draft.sourceText(), violations);
        }
        if (draft.targetText() == null) {
            violations.add(new Violation("targetText", "must not be null"));
        } else {
            checkLength("targetText", draft.targetText(), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ValidUnit(draft, source.tag(), target.tag(), TextHash.of(draft.sourceText()));
    }

    private void checkLength(String field, String text, List<Violation> violations) {
        int limit = config.maxTextLength();
        if (text.length() > limit) {
            violations.add(new Violation(field, "is " + text.length()
                    + " characters long; the configured limit is " + limit + " (dragoman.tm.max-text-length)"));
        }
    }
}
