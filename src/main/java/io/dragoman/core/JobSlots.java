package io.dragoman.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The jobs of one kind (imports, QA runs) waiting or running on this node, bounded: an unbounded
 * queue would accept work the node cannot finish for hours, each job holding an upload on disk.
 * Per node, since each node runs its own queue; the job rows themselves live in the database.
 */
public final class JobSlots {
    private final AtomicInteger taken = new AtomicInteger();
    private final String jobs;
    private final String setting;
    private final int limit;

    public JobSlots(String jobs, String setting, int limit) {
        this.jobs = jobs;
        this.setting = setting;
        this.limit = limit;
    }

    /** Takes a slot for a new job, or refuses it with 429 when all are taken. */
    public void take() {
        if (taken.incrementAndGet() > limit) {
            taken.decrementAndGet();
            throw new BusyException(jobs, setting, limit);
        }
    }

    /** Gives back the slot of a job that ended, however it ended. */
    public void release() {
        taken.decrementAndGet();
    }
}
