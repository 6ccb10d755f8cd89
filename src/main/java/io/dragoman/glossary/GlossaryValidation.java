package io.dragoman.glossary;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks drafts against the schema's bounds before anything is written, so that a request or an
 * imported file gets a violation naming the field instead of a database error.
 */
final class GlossaryValidation {
    private GlossaryValidation() {
    }

    /** Throws one {@link InvalidInputException} listing every problem of the concept. */
    static void check(ConceptDraft draft, String path) {
        List<Violation> violations = new ArrayList<>();
        concept(draft, path, violations);
        throwIfAny(violations);
    }

    static void checkTerm(TermDraft draft) {
        List<Violation> violations = new ArrayList<>();
        term(draft, "", violations);
        throwIfAny(violations);
    }

    private static void concept(ConceptDraft draft, String path, List<Violation> violations) {
        length(draft.externalId(), 200, path + "externalId", violations);
        length(draft.subject(), 200, path + "subject", violations);
        length(draft.definition(), 4000, path + "definition", violations);
        length(draft.note(), 4000, path + "note", violations);
        length(draft.source(), 1000, path + "source", violations);
        LanguageTag.parseOptional(path + "definitionLang", draft.definitionLang(), violations);
        List<TermDraft> terms = draft.terms();
        if (terms.isEmpty()) {
            violations.add(new Violation(path + "terms", "a concept needs at least one term"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            TermDraft term = terms.get(i);
            String termPath = path + "terms[" + i + "].";
            term(term, termPath, violations);
            if (term.text() != null && LanguageTag.isValid(term.lang())
                    && !seen.add(LanguageTag.of(term.lang()).tag() + "\u0000" + term.text().strip())) {
                violations.add(new Violation(termPath + "text", "'" + term.text().strip()
                        + "' appears twice in this concept for the same language"));
            }
        }
    }

    private static void term(TermDraft term, String path, List<Violation> violations) {
        LanguageTag.parse(path + "lang", term.lang(), violations);
        if (term.text() == null || term.text().isBlank()) {
            violations.add(new Violation(path + "text", "must not be blank"));
        }
        length(term.text(), 1000, path + "text", violations);
        length(term.partOfSpeech(), 40, path + "partOfSpeech", violations);
        length(term.termType(), 60, path + "termType", violations);
        length(term.gender(), 20, path + "gender", violations);
        length(term.context(), 4000, path + "context", violations);
        length(term.note(), 4000, path + "note", violations);
        for (int i = 0; i < term.variants().size(); i++) {
            length(term.variants().get(i), 1000, path + "variants[" + i + "]", violations);
        }
    }

    private static void length(String value, int max, String field, List<Violation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
