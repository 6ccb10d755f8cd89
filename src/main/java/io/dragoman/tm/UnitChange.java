package io.dragoman.tm;

import java.util.List;

/**
 * Fired (as a CDI event, after the transaction commits) whenever units are created, updated or
 * deleted, so that derived in-memory indexes stay in step with the database.
 */
public record UnitChange(Kind kind, List<Long> unitIds) {
    public enum Kind { UPSERT, DELETE, MEMORY_DELETED }

    public UnitChange {
        unitIds = List.copyOf(unitIds);
    }
}
