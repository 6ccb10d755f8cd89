package io.dragoman.job;

import io.dragoman.core.DatabaseClosing;
import io.dragoman.core.Periodic;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps this node's jobs alive in every node's eyes and buries those of nodes that died: every
 * {@code dragoman.jobs.heartbeat-interval} it refreshes the heartbeat of the jobs this node holds
 * (queued ones too, and a job in a long step that reports no progress), and from the start and
 * then every {@code dragoman.jobs.sweep-interval} it records open jobs with an old heartbeat as
 * failed. With no sweep interval (the command line) the one sweep runs before the command.
 */
@ApplicationScoped
class JobSweeper {
    private static final Logger LOG = Logger.getLogger(JobSweeper.class);

    private final JobStore store;
    private final JobsConfig config;
    private ScheduledExecutorService timer;

    JobSweeper(JobStore store, JobsConfig config) {
        this.store = store;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        timer = Periodic.timer("dragoman-job-sweeper");
        long beat = Math.max(1, config.heartbeatInterval().toMillis());
        timer.scheduleWithFixedDelay(() -> quietly("heartbeat", store::beat), beat, beat, TimeUnit.MILLISECONDS);
        Periodic.every(timer, config.sweepInterval(), this::sweep);
    }

    void onClosing(@Observes DatabaseClosing event) {
        if (timer != null) {
            Periodic.stopBeforeClosing(timer);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        // Not shutdownNow: a run under way would go on while the shutdown closes the persistence
        // unit under it, and log its failure at the end of a good command.
        if (timer != null) {
            Periodic.stopBeforeClosing(timer);
        }
    }

    private void sweep() {
        quietly("sweep", () -> {
            int lost = store.failLost();
            if (lost > 0) {
                LOG.infof("Job sweep: %d jobs whose node stopped recorded as failed", lost);
            }
        });
    }

    private static void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warnf("Job %s failed; the next one will retry: %s", what, e.getMessage());
        }
    }
}
