package io.dragoman.match;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of lookups run at once and the others wait in arrival order.
 * A lookup is CPU work (filter, ranking, glossary spotting): with fifty clients on two cores,
 * sharing the cores among all of them stretched a costly lookup twenty-five-fold and set the
 * tail; taking them in turn costs the same in total and bounds each wait by the queue ahead.
 */
final class LookupGate {
    private final Semaphore permits;

    LookupGate(int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("dragoman.match.concurrent-lookups must be at least 1");
        }
        this.permits = new Semaphore(concurrent, true);
    }

    <T> T run(Supplier<T> lookup) {
        permits.acquireUninterruptibly();
        try {
            return lookup.get();
        } finally {
            permits.release();
        }
    }

    /** Lookups waiting for their turn. */
    int waiting() {
        return permits.getQueueLength();
    }
}
