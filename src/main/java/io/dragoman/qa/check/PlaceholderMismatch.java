package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Span;
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
        List<Placeholders.Found> source = Markup.of(unit.source()).placeholders();
        List<Placeholders.Found> target = Markup.of(unit.target()).placeholders();
        if (source.isEmpty() && target.isEmpty()) {
            return List.of();
        }
        List<Placeholders.Found> missing = Multisets.minus(source, target, Placeholders.Found::key);
        List<Placeholders.Found> extra = Multisets.minus(target, source, Placeholders.Found::key);
        Placeholders.reconcileQtWidths(unit.source(), missing, unit.target(), extra);
        if (missing.isEmpty() && extra.isEmpty() || isArabicPluralForm(unit, missing, extra)) {
            return List.of();
        }
        QaIssue issue = QaIssue.of(this, unit, spans(missing), spans(extra), "Placeholders differ; " + Spans.differences(unit, spans(missing), spans(extra)) + ".");
        boolean datePattern = Placeholders.isDatePattern(unit.source()) || Placeholders.isDatePattern(unit.target());
        return List.of(datePattern ? issue.withSeverity(Severity.WARNING) : issue);
    }

    /**
     * Arabic has six plural forms, and those for zero, one and two name no number («لا ملفات»,
     * «ملف واحد», «ملفان»): a gettext catalog's {@code msgstr[0]} for "%d file" rightly drops the
     * {@code %d}, and a TM converted from it keeps only that form. So an Arabic target without any
     * digit that lacks the source's only numeric placeholder, and nothing else, is not reported:
     * from the pair alone it cannot be told from a lost count, and in gettext-born memories it is
     * nearly always the plural form.
     */
    private static boolean isArabicPluralForm(QaUnit unit, List<Placeholders.Found> missing, List<Placeholders.Found> extra) {
        if (!unit.targetIsArabic() || !extra.isEmpty() || missing.size() != 1 || !Placeholders.isNumeric(missing.get(0))) {
            return false;
        }
        long numeric = Markup.of(unit.source()).placeholders().stream().filter(Placeholders::isNumeric).count();
        // A zero written out («٠ صفحة», "0 pages") is the zero form too.
        return numeric == 1 && unit.target().chars().noneMatch(c -> Character.isDigit(c) && Character.digit(c, 10) != 0);
    }

    private static List<Span> spans(List<Placeholders.Found> found) {
        return found.stream().map(Placeholders.Found::span).toList();
    }
}
