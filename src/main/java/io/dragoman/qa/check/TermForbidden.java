package io.dragoman.qa.check;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermStatus;
import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code term-forbidden}: a forbidden (error) or deprecated (warning) term in the target; in the
 * source it is a warning too, since the translator may have copied it. The suggestion is the
 * concept's preferred term in the same language, when it has one. Recognition is longest-match,
 * so an allowed term that contains a forbidden one is not reported.
 */
public final class TermForbidden implements UnitCheck {
    public static final String ID = "term-forbidden";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.TERMINOLOGY; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public String description() {
        return "A forbidden or deprecated glossary term is used in the target (or the source).";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        List<QaIssue> issues = new ArrayList<>();
        for (boolean target : new boolean[] {true, false}) {
            String text = unit.text(target);
            String lang = unit.lang(target);
            if (!context.terms().holdsDiscouraged(lang)) {
                // Nothing to flag in this language (Debian's memory and no glossary: every unit).
                continue;
            }
            // The recognition term-missing asks for too; the same-language one (whose targets are
            // the terms to use instead) only when something discouraged is there.
            if (context.terms().find(text, lang, unit.lang(!target)).stream().noneMatch(h -> h.status().isDiscouraged())) {
                continue;
            }
            for (TermHit hit : context.terms().find(text, lang, lang)) {
                if (hit.status().isDiscouraged()) {
                    issues.add(issue(unit, hit, target));
                }
            }
        }
        return issues;
    }

    private QaIssue issue(QaUnit unit, TermHit hit, boolean inTarget) {
        List<String> preferred = hit.targetTexts();
        String side = inTarget ? "target" : "source";
        String message = "The " + side + " uses the " + hit.status().code() + " term «" + hit.span().in(unit.text(inTarget))
                + "»" + (preferred.isEmpty() ? "." : "; the glossary has " + String.join(" / ", preferred) + ".");
        List<Span> spans = List.of(hit.span());
        QaIssue issue = QaIssue.of(this, unit, inTarget ? List.of() : spans, inTarget ? spans : List.of(), message);
        if (!inTarget || hit.status() == TermStatus.DEPRECATED) {
            issue = issue.withSeverity(Severity.WARNING);
        }
        return preferred.isEmpty() ? issue : issue.withSuggestion(preferred.get(0));
    }
}
