package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.Span;
import io.dragoman.qa.UnitCheck;
import java.util.List;

/**
 * {@code placeholder-mismatch}: the target must keep every placeholder of the source, for the same
 * argument, and add none ({@link Placeholders} says which formats and how arguments are keyed).
 * Reordering with positions is fine ({@code %s %d} → {@code %2$d %1$s}); swapping without them,
 * an Arabic-Indic digit in {@code %١}, or a space typed into {@code % s} is not. Date patterns
 * ({@code %d/%m/%Y}) are reported as warnings: locales legitimately reorder and change them.
 */
public final class PlaceholderMismatch implements UnitCheck {
    public static final String ID = "placeholder-mismatch";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.MARKUP; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public String description() {
        return "Placeholders (%s, %1$d, {0}, %(name)s, %1…) of the source are missing from the target or the target adds some.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        if (unit.target().isBlank()) {
            return List.of();
        }
        List<Placeholders.Found> source = Placeholders.find(unit.source());
        List<Placeholders.Found> target = Placeholders.find(unit.target());
        if (source.isEmpty() && target.isEmpty()) {
            return List.of();
        }
        List<Placeholders.Found> missing = Multisets.minus(source, target, Placeholders.Found::key);
        List<Placeholders.Found> extra = Multisets.minus(target, source, Placeholders.Found::key);
        if (missing.isEmpty() && extra.isEmpty()) {
            return List.of();
        }
        QaIssue issue = QaIssue.of(this, unit, spans(missing), spans(extra), "Placeholders differ; " + Spans.differences(unit, spans(missing), spans(extra)) + ".");
        boolean datePattern = Placeholders.isDatePattern(unit.source()) || Placeholders.isDatePattern(unit.target());
        return List.of(datePattern ? issue.withSeverity(Severity.WARNING) : issue);
    }

    private static List<Span> spans(List<Placeholders.Found> found) {
        return found.stream().map(Placeholders.Found::span).toList();
    }
}
