package io.dragoman.glossary;

import java.util.Set;

/**
 * Fired inside every transaction that changes the termbase; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to react once the change is committed.
 * {@code conceptIds} are the concepts created, changed or deleted.
 */
public record GlossaryChange(long conceptCount, Set<Long> conceptIds) {
    public GlossaryChange {
        conceptIds = Set.copyOf(conceptIds);
    }
}
