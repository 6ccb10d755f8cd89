package io.dragoman.qa;

import java.util.Collection;
import java.util.Map;

/**
 * Loads units back by id. {@link MemoryCheck} accumulators keep ids and hashes only; at the end
 * they fetch the few units they report (and the examples they quote) through this.
 */
@FunctionalInterface
public interface UnitLookup {
    Map<Long, QaUnit> load(Collection<Long> ids);
}
