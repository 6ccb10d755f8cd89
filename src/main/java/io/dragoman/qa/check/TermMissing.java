package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.TermSpotter;
import io.dragoman.qa.UnitCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code term-missing}: a glossary term recognised in the source (clitics and inflections
 * included) whose concept has a preferred or admitted term in the target language, while no term
 * of the concept is recognised in the target. The suggestion is the preferred target term. Concepts with several
 * target terms (وزارة الدفاع → Department of Defense / Ministry of Defense) accept any of them.
 */
public final class TermMissing implements UnitCheck {
    public static final String ID = "term-missing";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.TERMINOLOGY; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public String description() {
        return "A glossary term of the source is not translated with one of the concept's target terms.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        if (unit.target().isBlank()) {
            return List.of();
        }
        TermSpotter terms = context.terms();
        List<TermSpotter.Hit> inSource = terms.find(unit.source(), unit.sourceLang(), unit.targetLang());
        if (inSource.isEmpty()) {
            return List.of();
        }
        List<Long> inTarget = terms.find(unit.target(), unit.targetLang(), unit.sourceLang()).stream()
                .map(TermSpotter.Hit::conceptId).toList();
        List<QaIssue> issues = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        for (TermSpotter.Hit hit : inSource) {
            List<String> expected = hit.targets();
            if (hit.status().isDiscouraged() || expected.isEmpty() || inTarget.contains(hit.conceptId()) || reported.contains(hit.conceptId())) {
                continue;
            }
            reported.add(hit.conceptId());
            issues.add(QaIssue.of(this, unit, List.of(hit.span()), List.of(),
                    "«" + hit.span().in(unit.source()) + "» (" + hit.term() + ") is not translated with a glossary term: "
                            + String.join(" / ", expected) + ".").withSuggestion(expected.get(0)));
        }
        return issues;
    }
}
