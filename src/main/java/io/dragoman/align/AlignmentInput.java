package io.dragoman.align;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.List;

/** A validated {@link AlignmentDraft}: languages parsed, texts present, within limits, in their scripts. */
record AlignmentInput(String document, LanguageTag sourceLang, LanguageTag targetLang) {
    static final int MAX_DOCUMENT_NAME = 500;

    /**
     * @throws LimitExceededException when a text is longer than {@code maxChars}, checked first so
     *                                that an oversized upload costs nothing more
     * @throws InvalidInputException  listing every other problem
     */
    static AlignmentInput validate(AlignmentDraft draft, int maxChars) {
        checkLimit("sourceText", draft.sourceText(), maxChars);
        checkLimit("targetText", draft.targetText(), maxChars);
        List<Violation> violations = new ArrayList<>();
        LanguageTag source = language("sourceLang", draft.sourceLang(), violations);
        LanguageTag target = language("targetLang", draft.targetLang(), violations);
        if (source != null && target != null && source.language().equals(target.language())) {
            violations.add(new Violation("targetLang", "must differ from the source language"));
        }
        text("sourceText", draft.sourceText(), source, violations);
        text("targetText", draft.targetText(), target, violations);
        String document = draft.document() == null || draft.document().isBlank() ? null : draft.document().strip();
        if (document != null && document.length() > MAX_DOCUMENT_NAME) {
            violations.add(new Violation("document", "must be at most " + MAX_DOCUMENT_NAME + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AlignmentInput(document, source, target);
    }

    private static void checkLimit(String field, String text, int maxChars) {
        if (text != null && text.length() > maxChars) {
            throw new LimitExceededException(field, maxChars, text.length(), "characters");
        }
    }

    private static LanguageTag language(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
            return null;
        }
        if (!LanguageTag.isValid(value)) {
            violations.add(new Violation(field, "'" + value + "' is not a BCP 47 language tag"));
            return null;
        }
        return LanguageTag.of(value);
    }

    private static void text(String field, String text, LanguageTag language, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "must contain at least one sentence"));
        } else if (language != null) {
            ScriptCheck.problem(text, language).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
    }
}
