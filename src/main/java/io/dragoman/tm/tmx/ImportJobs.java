package io.dragoman.tm.tmx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.DragomanException;
import io.dragoman.core.NotFoundException;
import io.dragoman.tm.UnitChangeLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import io.dragoman.core.BusyException;
import io.dragoman.core.JobSlots;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Runs imports as jobs on this node's executor and keeps their state in the database, where
 * every node can read it. The uploaded file stays on this node's disk until the job ends.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final long PERSIST_EVERY_NANOS = 1_000_000_000L;
    private static final long FINISH_PATIENCE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final long FINISH_RETRY_MILLIS = 2_000;

    private final TmxImporter importer;
    private final EntityManager em;
    private final ObjectMapper json;
    private final TmxConfig config;
    private final ManagedExecutor executor;
    private final JobSlots slots;

    ImportJobs(TmxImporter importer, EntityManager em, ObjectMapper json, TmxConfig config) {
        this.importer = importer;
        this.em = em;
        this.json = json;
        this.config = config;
        this.slots = new JobSlots("import jobs", "dragoman.tmx.max-queued-imports", config.maxQueuedImports());
        this.executor = ManagedExecutor.builder().maxAsync(config.concurrentImports())
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Records a job for the file (which the job deletes when done) and queues it; returns at once. */
    public ImportJobView submit(ImportFile file, ImportOptions options) throws IOException {
        try {
            slots.take();
        } catch (BusyException e) {
            Files.deleteIfExists(file.path());
            throw e;
        }
        ImportJob job = new ImportJob();
        try {
            job.id = UUID.randomUUID().toString();
            job.status = "queued";
            job.memoryName = options.memory();
            job.policy = options.policy().slug();
            job.lenient = options.lenient();
            job.dryRun = options.dryRun();
            job.fileName = file.name();
            job.node = UnitChangeLog.NODE;
            job.bytesTotal = Files.size(file.path());
            job.createdAt = now();
            job.heartbeatAt = job.createdAt;
            QuarkusTransaction.requiringNew().run(() -> em.persist(job));
            executor.runAsync(() -> run(job.id, file, options));
        } catch (IOException | RuntimeException e) {
            // The job never reached the queue, so its run will not give the slot back.
            slots.release();
            throw e;
        }
        return get(job.id);
    }

    /** A job's state; a job whose node stopped reporting is shown (and recorded) as failed. */
    public ImportJobView get(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = em.find(ImportJob.class, id);
            if (job == null) {
                throw new NotFoundException("import", id);
            }
            failIfLost(job);
            return view(job);
        });
    }

    /** Records every job whose node stopped reporting as failed; returns how many. */
    public int failLost() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ImportJob> lost = em.createQuery("from ImportJob j where j.status in ('queued', 'running')"
                    + " and j.heartbeatAt < :limit", ImportJob.class)
                    .setParameter("limit", now().minus(config.jobStaleAfter())).getResultList();
            lost.forEach(this::failIfLost);
            return lost.size();
        });
    }

    private void failIfLost(ImportJob job) {
        boolean open = "queued".equals(job.status) || "running".equals(job.status);
        if (open && job.heartbeatAt.isBefore(now().minus(config.jobStaleAfter()))) {
            job.status = "failed";
            job.finishedAt = now();
            job.problem = write(ImportFailure.internal("the node running this import stopped before it finished;"
                    + " nothing was written: import the file again"));
        }
    }

    private void run(String id, ImportFile file, ImportOptions options) {
        try {
            update(id, job -> {
                job.status = "running";
                job.startedAt = now();
            });
            long[] last = {System.nanoTime()};
            ImportReport report = importer.importFiles(List.of(file), options, (bytes, total, units) -> {
                if (System.nanoTime() - last[0] >= PERSIST_EVERY_NANOS) {
                    last[0] = System.nanoTime();
                    progress(id, bytes, units);
                }
            });
            finish(id, "succeeded", job -> {
                job.bytesRead = report.bytes();
                job.unitsRead = report.unitsRead();
                job.report = write(report);
            });
        } catch (DragomanException e) {
            finish(id, "failed", job -> job.problem = write(ImportFailure.of(e)));
        } catch (RuntimeException e) {
            var full = io.dragoman.core.StorageFullException.causing(e);
            if (full.isPresent()) {
                LOG.warnf("Import job %s failed: %s", id, full.get().getMessage());
                finishWhenWritable(id, ImportFailure.of(full.get()));
                return;
            }
            String ref = UUID.randomUUID().toString();
            LOG.errorf(e, "Import job %s failed unexpectedly (%s)", id, ref);
            finish(id, "failed", job -> job.problem = write(ImportFailure.internal(
                    "Dragoman failed to run the import; the server log has the details under " + ref)));
        } finally {
            slots.release();
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                LOG.warnf("Could not delete the upload %s of import %s", file.path(), id);
            }
        }
    }

    /** Progress of a running job; also keeps the heartbeat of this node's queued jobs fresh. */
    private void progress(String id, long bytes, long units) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("update ImportJob j set j.bytesRead = :b, j.unitsRead = :u where j.id = :id")
                    .setParameter("b", bytes).setParameter("u", units).setParameter("id", id).executeUpdate();
            em.createQuery("update ImportJob j set j.heartbeatAt = :now where j.node = :node"
                            + " and j.status in ('queued', 'running')")
                    .setParameter("now", now()).setParameter("node", UnitChangeLog.NODE).executeUpdate();
        });
    }

    private interface JobChange {
        void apply(ImportJob job);
    }

    private void update(String id, JobChange change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, id);
            change.apply(job);
            job.heartbeatAt = now();
        });
    }

    /**
     * A full disk also refuses the job's own record until space is freed: keep trying (the job's
     * thread has nothing else to do), so that the user reads why it failed rather than, a minute
     * later, that its node stopped.
     */
    private void finishWhenWritable(String id, ImportFailure failure) {
        long deadline = System.nanoTime() + FINISH_PATIENCE_NANOS;
        while (true) {
            try {
                finish(id, "failed", job -> job.problem = write(failure));
                return;
            } catch (RuntimeException stillFull) {
                if (System.nanoTime() > deadline) {
                    LOG.errorf("Import job %s failed on a full disk and could not be recorded as failed: %s", id,
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

    private void finish(String id, String status, JobChange change) {
        update(id, job -> {
            job.status = status;
            job.finishedAt = now();
            change.apply(job);
        });
    }

    private ImportJobView view(ImportJob job) {
        return new ImportJobView(job.id, job.status, job.memoryName, job.policy, job.lenient, job.dryRun,
                job.fileName, job.bytesTotal, job.bytesRead, job.unitsRead, job.createdAt, job.startedAt,
                job.finishedAt, read(job.report, ImportReport.class), read(job.problem, ImportFailure.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report is always readable", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
