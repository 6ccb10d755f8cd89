package io.dragoman.job;

/** What a job does, given its id; it tells its progress through {@link JobStore}. */
@FunctionalInterface
public interface JobWork {
    /** Nothing more to store when the job succeeds. */
    Runnable NO_RESULTS = () -> { };

    /**
     * Does the work, or throws: a {@link io.dragoman.core.DragomanException} becomes the job's
     * problem as the API would have answered it. Returns what stores the kind's results, run in
     * the transaction that records the success, so a job never reads succeeded without them.
     */
    Runnable run(String jobId);
}
