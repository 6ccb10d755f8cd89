package io.dragoman.tm.tmx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.NotFoundException;
import io.dragoman.job.JobKind;
import io.dragoman.job.JobRunner;
import io.dragoman.job.JobStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports as jobs ({@link JobRunner}): the job's progress counts the bytes of the upload, its
 * {@code tmx_import} row the options, the units read and the final report. The uploaded file
 * stays on this node's disk until the job ends.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final long PERSIST_EVERY_NANOS = 1_000_000_000L;

    private final TmxImporter importer;
    private final EntityManager em;
    private final ObjectMapper json;
    private final JobRunner runner;
    private final JobStore jobs;

    ImportJobs(TmxImporter importer, EntityManager em, ObjectMapper json, JobRunner runner, JobStore jobs) {
        this.importer = importer;
        this.em = em;
        this.json = json;
        this.runner = runner;
        this.jobs = jobs;
    }

    /**
     * Records a job for the file (which the job deletes when done) and queues it; returns at once.
     * A full queue refuses it (429) and the upload is deleted.
     */
    public ImportJobView submit(ImportFile file, ImportOptions options) throws IOException {
        String id;
        try {
            long size = Files.size(file.path());
            id = runner.submit(JobKind.TMX_IMPORT, () -> create(file, options, size), jobId -> run(jobId, file, options, size));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file.path());
            throw e;
        }
        return get(id);
    }

    private String create(ImportFile file, ImportOptions options, long size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob details = new ImportJob();
            details.jobId = jobs.create(JobKind.TMX_IMPORT, size);
            details.memoryName = options.memory();
            details.policy = options.policy().slug();
            details.lenient = options.lenient();
            details.dryRun = options.dryRun();
            details.fileName = file.name();
            em.persist(details);
            return details.jobId;
        });
    }

    /** A job's state; a job whose node stopped reporting is shown (and recorded) as failed. */
    public ImportJobView get(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob details = em.find(ImportJob.class, id);
            if (details == null) {
                throw new NotFoundException("import", id);
            }
            return ImportJobView.of(details, read(details.report), jobs.view(id));
        });
    }

    private Runnable run(String id, ImportFile file, ImportOptions options, long size) {
        try {
            long[] last = {System.nanoTime()};
            ImportReport report = importer.importFiles(List.of(file), options, (bytes, total, units) -> {
                if (System.nanoTime() - last[0] >= PERSIST_EVERY_NANOS) {
                    last[0] = System.nanoTime();
                    QuarkusTransaction.requiringNew().run(() -> {
                        jobs.progress(id, bytes, total, "importing");
                        em.find(ImportJob.class, id).unitsRead = units;
                    });
                }
            });
            String stored = write(report);
            return () -> {
                jobs.progress(id, report.bytes(), size, null);
                ImportJob details = em.find(ImportJob.class, id);
                details.unitsRead = report.unitsRead();
                details.report = stored;
            };
        } finally {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                LOG.warnf("Could not delete the upload %s of import %s", file.path(), id);
            }
        }
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }

    private ImportReport read(String text) {
        try {
            return text == null ? null : json.readValue(text, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored report is always readable", e);
        }
    }
}
