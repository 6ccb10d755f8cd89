package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.MemoryCheck;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.Severity;

/**
 * {@code inconsistent-target}: the same source (normalised, placeholders and accelerators aside,
 * final punctuation ignored) translated in different ways in one memory. Each unit that does not
 * use the most used translation is reported, with every variant and its count.
 */
public final class InconsistentTarget implements MemoryCheck {
    public static final String ID = "inconsistent-target";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.INCONSISTENCY; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public String description() {
        return "The same source is translated differently within the memory; the most used translation is named.";
    }

    @Override
    public Accumulator start(QaContext context) {
        return new Consistency(this, context, false);
    }
}
