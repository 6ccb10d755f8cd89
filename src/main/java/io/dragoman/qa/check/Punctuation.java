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
 * {@code punctuation}: the end of the sentence and paired marks.
 * <ul>
 *   <li>Final punctuation compared by kind, across scripts: ? = ؟, ; = ؛, , = ،, ... = …; a
 *       period against none is only {@code info} (headings and UI labels drop it), any other
 *       difference is a warning. A target that starts with the source's final mark and ends with
 *       none was typed in visual order (".احفظ الملف") and is reported as such.</li>
 *   <li>Brackets and quotes ( ) [ ] { } « » “ ” and straight double quotes: reported when the
 *       source's are balanced and the target's are not (».« reversed in right-to-left typing
 *       included). A source that is itself unbalanced (a fragment, "1) …") sets no rule.</li>
 * </ul>
 */
public final class Punctuation implements UnitCheck {
    public static final String ID = "punctuation";
    private static final String[][] PAIRS = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"«", "»"}, {"“", "”"}};

    enum End { NONE, PERIOD, QUESTION, EXCLAMATION, COLON, SEMICOLON, COMMA, ELLIPSIS }

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.TYPOGRAPHICAL; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public String description() {
        return "Final punctuation differs (؟ = ?, ، = ,) or brackets and quotes are unbalanced in the target.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        String source = Markup.prose(unit.source());
        String target = Markup.prose(unit.target());
        if (target.isBlank()) {
            return List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        finalMark(unit, source, target, issues);
        for (String[] pair : PAIRS) {
            int bad = unbalancedAt(target, pair[0], pair[1]);
            if (unbalancedAt(source, pair[0], pair[1]) < 0 && bad >= 0) {
                issues.add(QaIssue.of(this, unit, List.of(), List.of(Span.of(bad, bad + 1)),
                        "Unbalanced " + pair[0] + pair[1] + " in the target."));
            }
        }
        if (count(source, '"') % 2 == 0 && count(target, '"') % 2 == 1) {
            int at = target.lastIndexOf('"');
            issues.add(QaIssue.of(this, unit, List.of(), List.of(Span.of(at, at + 1)), "Unbalanced \" in the target."));
        }
        return issues;
    }

    private void finalMark(QaUnit unit, String source, String target, List<QaIssue> issues) {
        End s = end(source);
        End t = end(target);
        if (s == t) {
            return;
        }
        Span sourceMark = markSpan(source);
        Span targetMark = markSpan(target);
        List<Span> sourceSpans = sourceMark == null ? List.of() : List.of(sourceMark);
        List<Span> targetSpans = targetMark == null ? List.of() : List.of(targetMark);
        String stripped = target.strip();
        if (t == End.NONE && !stripped.isEmpty() && end(stripped.substring(0, 1)) == s && s != End.NONE) {
            issues.add(QaIssue.of(this, unit, sourceSpans, List.of(Span.of(target.indexOf(stripped), target.indexOf(stripped) + 1)),
                    "The final " + name(s) + " is at the start of the target: typed in visual rather than logical order?"));
            return;
        }
        QaIssue issue = QaIssue.of(this, unit, sourceSpans, targetSpans,
                "The source ends with " + name(s) + ", the target with " + name(t) + ".");
        boolean periodOnly = (s == End.PERIOD && t == End.NONE) || (s == End.NONE && t == End.PERIOD);
        issues.add(periodOnly ? issue.withSeverity(Severity.INFO) : issue);
    }

    static End end(String text) {
        String s = text.stripTrailing();
        if (s.isEmpty()) {
            return End.NONE;
        }
        if (s.endsWith("...") || s.endsWith("…")) {
            return End.ELLIPSIS;
        }
        switch (s.charAt(s.length() - 1)) {
            case '.': return End.PERIOD;
            case '?': case '؟': return End.QUESTION;
            case '!': return End.EXCLAMATION;
            case ':': return End.COLON;
            case ';': case '؛': return End.SEMICOLON;
            case ',': case '،': return End.COMMA;
            default: return End.NONE;
        }
    }

    private static Span markSpan(String text) {
        String s = text.stripTrailing();
        if (end(s) == End.NONE) {
            return null;
        }
        int from = s.endsWith("...") ? s.length() - 3 : s.length() - 1;
        return Span.of(from, s.length());
    }

    private static String name(End end) {
        return end == End.NONE ? "no punctuation" : end.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Offset of the first mark that breaks the pairing of {@code open}/{@code close}, or -1. */
    static int unbalancedAt(String text, String open, String close) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open.charAt(0)) {
                depth++;
                lastOpen = i;
            } else if (c == close.charAt(0) && --depth < 0) {
                return i;
            }
        }
        return depth == 0 ? -1 : lastOpen;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
