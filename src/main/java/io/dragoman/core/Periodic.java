package io.dragoman.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The background timers of sweeps and heartbeats: one daemon thread each, stopped with the process. */
public final class Periodic {
    private Periodic() {
    }

    /** A timer on a daemon thread named {@code name}, for {@link #every}. */
    public static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code task} on {@code timer} now and then every {@code interval}; with no interval (0,
     * the command line's setting) runs it once, in the calling thread, before anything else.
     */
    public static void every(ScheduledExecutorService timer, Duration interval, Runnable task) {
        long millis = interval.toMillis();
        if (millis <= 0) {
            task.run();
        } else {
            timer.scheduleWithFixedDelay(task, 0, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops {@code timer} before its process closes the database (its own compaction, or the
     * shutdown closing the persistence unit): no run starts after this, and a run under way ends
     * first (not interrupted: an interrupt in the middle of a file write would close the embedded
     * database's file).
     */
    public static void stopBeforeClosing(ScheduledExecutorService timer) {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
