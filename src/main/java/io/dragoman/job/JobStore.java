package io.dragoman.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Jobs as rows: created with their kind's details, started, advanced, finished. Any node reads a
 * job's state here; an open job whose heartbeat is older than {@code dragoman.jobs.stale-after}
 * lost its node and is recorded as failed, by the sweep or by whoever reads it first.
 */
@ApplicationScoped
public class JobStore {
    /** This process, as named in {@code job.node}. */
    static final String NODE = UUID.randomUUID().toString();

    private final EntityManager em;
    private final ObjectMapper json;
    private final JobsConfig config;

    JobStore(EntityManager em, ObjectMapper json, JobsConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** Time as the database keeps it (microseconds), so that a value reads back equal. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Records a queued job of this node, in the caller's transaction (its kind's row joins it); returns its id. */
    @Transactional
    public String create(JobKind kind, long total) {
        Job job = new Job();
        job.id = UUID.randomUUID().toString();
        job.kind = kind.code();
        job.status = JobStatus.QUEUED;
        job.node = NODE;
        job.progressTotal = total;
        job.createdAt = now();
        job.heartbeatAt = job.createdAt;
        em.persist(job);
        return job.id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void start(String id) {
        Job job = job(id);
        job.status = JobStatus.RUNNING;
        job.node = NODE;
        job.startedAt = now();
        job.heartbeatAt = job.startedAt;
    }

    /** Sets how far the job has come, in the caller's transaction (with what the step stored). */
    @Transactional
    public void progress(String id, long done, long total, String phase) {
        Job job = job(id);
        job.progressDone = done;
        job.progressTotal = total;
        job.phase = phase;
        job.heartbeatAt = now();
    }

    /** Adds {@code done} to the job's progress, in the caller's transaction. */
    @Transactional
    public void advance(String id, long done, String phase) {
        Job job = job(id);
        progress(id, job.progressDone + done, job.progressTotal, phase);
    }

    /** Ends the job, succeeded when {@code failure} is null; {@code results} stores its kind's outcome alongside. */
    @Transactional(TxType.REQUIRES_NEW)
    void finish(String id, Problem failure, Runnable results) {
        Job job = job(id);
        job.status = failure == null ? JobStatus.SUCCEEDED : JobStatus.FAILED;
        job.problem = failure == null ? null : write(failure);
        job.phase = null;
        job.finishedAt = now();
        job.heartbeatAt = job.finishedAt;
        results.run();
    }

    /** The job as callers see it; one whose node stopped is recorded as failed first. */
    @Transactional
    public JobView view(String id) {
        Job job = job(id);
        failIfLost(job);
        JobKind kind = JobKind.of(job.kind);
        double fraction = job.status == JobStatus.SUCCEEDED ? 1.0
                : job.progressTotal == 0 ? 0.0 : Math.min(0.99, (double) job.progressDone / job.progressTotal);
        return new JobView(job.id, job.kind, job.status, job.createdAt, job.startedAt, job.finishedAt, job.heartbeatAt,
                read(job.problem), new JobView.Progress(kind.unit(), job.progressDone, job.progressTotal, fraction,
                job.phase));
    }

    /** Records every open job whose node stopped as failed; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    int failLost() {
        List<Job> lost = em.createQuery("from Job j where j.status in :open and j.heartbeatAt < :limit", Job.class)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .setParameter("limit", now().minus(config.staleAfter())).getResultList();
        lost.forEach(this::failIfLost);
        return lost.size();
    }

    /** Tells every node that this one still holds its open jobs. */
    @Transactional(TxType.REQUIRES_NEW)
    void beat() {
        em.createQuery("update Job j set j.heartbeatAt = :now where j.node = :node and j.status in :open")
                .setParameter("now", now()).setParameter("node", NODE)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).executeUpdate();
    }

    private void failIfLost(Job job) {
        if (job.status.open() && job.heartbeatAt.isBefore(now().minus(config.staleAfter()))) {
            job.status = JobStatus.FAILED;
            job.phase = null;
            job.finishedAt = now();
            job.problem = write(internalError("the node running this job stopped before it finished (last heard"
                    + " of at " + job.heartbeatAt + "); nothing it left unfinished is visible: start it again"));
        }
    }

    static Problem internalError(String detail) {
        return Problem.of("internal-error", "Internal error", 500, detail);
    }

    private Job job(String id) {
        Job job = em.find(Job.class, id);
        if (job == null) {
            throw new IllegalStateException("every kind's row names an existing job, not " + id);
        }
        return job;
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain strings and numbers", e);
        }
    }

    /** A stored problem; text that is not one (none is expected) is shown as the detail of an internal error. */
    private Problem read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Problem.class);
        } catch (JsonProcessingException e) {
            return internalError(text);
        }
    }
}
