package io.dragoman.qa;

import io.dragoman.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One finding of one check on one unit: where (spans in the source and in the target, UTF-16
 * offsets; empty when the whole segment is concerned), what ({@code message}) and, only when the
 * check is sure of the fix, a {@code suggestion}. A result, never an exception.
 */
public record QaIssue(String checkId, IssueType type, Severity severity, long unitId,
                      List<Span> sourceSpans, List<Span> targetSpans, String message, String suggestion) {
    public QaIssue {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        sourceSpans = sourceSpans == null ? List.of() : List.copyOf(sourceSpans);
        targetSpans = targetSpans == null ? List.of() : List.copyOf(targetSpans);
    }

    /** A finding of {@code check} at its default severity. */
    public static QaIssue of(QaCheck check, QaUnit unit, List<Span> source, List<Span> target, String message) {
        return new QaIssue(check.id(), check.type(), check.defaultSeverity(), unit.id(), source, target, message, null);
    }

    public QaIssue withSeverity(Severity other) {
        return new QaIssue(checkId, type, other, unitId, sourceSpans, targetSpans, message, suggestion);
    }

    public QaIssue withUnitId(long id) {
        return new QaIssue(checkId, type, severity, id, sourceSpans, targetSpans, message, suggestion);
    }

    public QaIssue withSuggestion(String fix) {
        return new QaIssue(checkId, type, severity, unitId, sourceSpans, targetSpans, message, fix);
    }
}
