package io.dragoman.qa.check;

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
 * {@code whitespace}: leading or trailing whitespace that the source has and the target has not
 * (or the reverse), or a line break there on one side only: UI code concatenates such strings,
 * so a lost space glues words together (warning). Double spaces inside the target that the source
 * does not have (info).
 */
public final class Whitespace implements UnitCheck {
    public static final String ID = "whitespace";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.WHITESPACE; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public String description() {
        return "Leading or trailing whitespace differs between source and target, or the target has double spaces.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        String source = unit.source();
        String target = unit.target();
        if (target.isBlank() || source.isBlank()) {
            return List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        Span sLead = Span.of(0, source.length() - source.stripLeading().length());
        Span tLead = Span.of(0, target.length() - target.stripLeading().length());
        if (kind(sLead.in(source)) != kind(tLead.in(target))) {
            issues.add(QaIssue.of(this, unit, List.of(sLead), List.of(tLead),
                    "Leading whitespace differs: source " + describe(sLead.in(source)) + ", target " + describe(tLead.in(target)) + "."));
        }
        Span sTrail = Span.of(source.stripTrailing().length(), source.length());
        Span tTrail = Span.of(target.stripTrailing().length(), target.length());
        if (kind(sTrail.in(source)) != kind(tTrail.in(target))) {
            issues.add(QaIssue.of(this, unit, List.of(sTrail), List.of(tTrail),
                    "Trailing whitespace differs: source " + describe(sTrail.in(source)) + ", target " + describe(tTrail.in(target)) + "."));
        }
        String inner = target.strip();
        int offset = target.indexOf(inner);
        int at = inner.indexOf("  ");
        if (at >= 0 && !source.strip().contains("  ")) {
            issues.add(QaIssue.of(this, unit, List.of(), List.of(Span.of(offset + at, offset + at + 2)),
                    "The target has a double space that the source has not.").withSeverity(Severity.INFO));
        }
        return issues;
    }

    /** 0: none, 1: spaces only, 2: with a line break. */
    private static int kind(String whitespace) {
        return whitespace.isEmpty() ? 0 : whitespace.indexOf('\n') >= 0 ? 2 : 1;
    }

    private static String describe(String whitespace) {
        return switch (kind(whitespace)) {
            case 0 -> "none";
            case 1 -> whitespace.length() == 1 ? "one space" : whitespace.length() + " spaces";
            default -> "a line break";
        };
    }
}
