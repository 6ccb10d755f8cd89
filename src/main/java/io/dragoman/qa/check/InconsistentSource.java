package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.MemoryCheck;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.Severity;

/**
 * {@code inconsistent-source}: the same translation (normalised) given to different sources in one
 * memory: either the sources are synonyms, or one translation was copied onto a source it does
 * not fit. Each unit whose source is not the most common one for that translation is reported.
 */
public final class InconsistentSource implements MemoryCheck {
    public static final String ID = "inconsistent-source";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.INCONSISTENCY; }

    @Override public Severity defaultSeverity() { return Severity.INFO; }

    @Override
    public String description() {
        return "The same translation is used for different sources within the memory.";
    }

    /** Off unless asked for: in UI memories most hits are synonyms ("Quit", "Exit" → «خروج»). */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public Accumulator start(QaContext context) {
        return new Consistency(this, context, true);
    }
}
