package io.dragoman.job;

import io.dragoman.core.BusyException;
import io.dragoman.core.DragomanException;
import io.dragoman.core.JobSlots;
import io.dragoman.core.StorageFullException;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs jobs of every kind through one life: queued on this node (a bounded queue per kind: one
 * more is refused with 429 before anything is stored), running, then succeeded or failed with
 * the problem the API would have answered. The heartbeat and the sweep are {@link JobSweeper}'s.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final long FINISH_PATIENCE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final long FINISH_RETRY_MILLIS = 2_000;

    /** A kind's queue on this node: its slots and the threads that run its jobs. */
    private record Queue(JobSlots slots, ExecutorService threads) {
    }

    private final JobStore store;
    private final Map<JobKind, Queue> queues = new EnumMap<>(JobKind.class);

    JobRunner(JobStore store, JobsConfig config) {
        this.store = store;
        queues.put(JobKind.TMX_IMPORT, queue(JobKind.TMX_IMPORT, "dragoman.jobs.imports.max-queued",
                config.imports().maxQueued(), config.imports().concurrent()));
        queues.put(JobKind.QA_RUN, queue(JobKind.QA_RUN, "dragoman.jobs.qa.max-queued", config.qa().maxQueued(), 1));
    }

    private static Queue queue(JobKind kind, String setting, int limit, int threads) {
        return new Queue(new JobSlots(kind.plural(), setting, limit), Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dragoman-" + kind.code());
            thread.setDaemon(true);
            return thread;
        }));
    }

    /**
     * Takes a slot of the kind's queue (or refuses with {@link BusyException}), lets {@code create}
     * store the job with its details and return its id, and queues the work; returns the id at once.
     */
    public String submit(JobKind kind, Supplier<String> create, JobWork work) {
        Queue queue = queues.get(kind);
        queue.slots().take();
        String id;
        try {
            id = create.get();
            queue.threads().execute(() -> {
                try {
                    run(id, work);
                } finally {
                    queue.slots().release();
                }
            });
        } catch (RuntimeException e) {
            // The job never reached the queue, so its run will not give the slot back.
            queue.slots().release();
            throw e;
        }
        return id;
    }

    /** Runs a created job to its end in the calling thread (the command line); failures end up in the job. */
    public void runNow(String id, JobWork work) {
        run(id, work);
    }

    private void run(String id, JobWork work) {
        try {
            store.start(id);
            Runnable results = work.run(id);
            store.finish(id, null, results);
        } catch (DragomanException e) {
            LOG.infof("Job %s failed: %s", id, e.getMessage());
            store.finish(id, e.toProblem(), JobWork.NO_RESULTS);
        } catch (RuntimeException e) {
            var full = StorageFullException.causing(e);
            if (full.isPresent()) {
                LOG.warnf("Job %s failed: %s", id, full.get().getMessage());
                finishWhenWritable(id, full.get());
                return;
            }
            String ref = UUID.randomUUID().toString();
            LOG.errorf(e, "Job %s failed unexpectedly (%s)", id, ref);
            store.finish(id, JobStore.internalError("Dragoman failed to run the job; the server log has the details"
                    + " under " + ref), JobWork.NO_RESULTS);
        }
    }

    /**
     * A full disk also refuses the job's own record until space is freed: keep trying (the job's
     * thread has nothing else to do), so that the user reads why it failed rather than, minutes
     * later, that its node stopped.
     */
    private void finishWhenWritable(String id, StorageFullException full) {
        long deadline = System.nanoTime() + FINISH_PATIENCE_NANOS;
        while (true) {
            try {
                store.finish(id, full.toProblem(), JobWork.NO_RESULTS);
                return;
            } catch (RuntimeException stillFull) {
                if (System.nanoTime() > deadline) {
                    LOG.errorf("Job %s failed on a full disk and could not be recorded as failed: %s", id,
                            stillFull.getMessage());
                    return;
                }
                try {
                    Thread.sleep(FINISH_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        queues.values().forEach(queue -> queue.threads().shutdownNow());
    }
}
