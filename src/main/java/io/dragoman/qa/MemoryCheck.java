package io.dragoman.qa;

import java.util.List;

/**
 * A check over a whole memory. Units stream through {@link Accumulator#accept} once, in pages;
 * an accumulator keeps only compact per-unit data (hashes, ratios), never the units themselves,
 * so a memory of hundreds of thousands of units fits in a small heap.
 */
public non-sealed interface MemoryCheck extends QaCheck {
    Accumulator start(QaContext context);

    interface Accumulator {
        /** Called from several threads at once, in no particular order. */
        void accept(QaUnit unit);

        /** The findings, once every unit has been seen. */
        List<QaIssue> finish();
    }
}
