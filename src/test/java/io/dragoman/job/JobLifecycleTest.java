package io.dragoman.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.qa.QaRun;
import io.dragoman.tm.tmx.ImportJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Jobs whose node died: every kind is recorded as failed, with a problem saying so, once its
 * heartbeat is older than {@code dragoman.jobs.stale-after} (2 min), whether a reader or the sweep
 * finds it first; a node's own jobs stay alive while it refreshes their heartbeat.
 */
@QuarkusTest
class JobLifecycleTest {
    private static final Duration LONG_AGO = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    JobStore store;

    /** A job as a node that then died left it. */
    private String job(JobKind kind, JobStatus status, String node, Duration silentFor) {
        Job job = new Job();
        job.id = UUID.randomUUID().toString();
        job.kind = kind.code();
        job.status = status;
        job.node = node;
        job.createdAt = JobStore.now().minus(silentFor);
        job.heartbeatAt = job.createdAt;
        em.persist(job);
        return job.id;
    }

    @Test
    void anImportWhoseNodeStoppedReadsAsFailed() {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            String jobId = job(JobKind.TMX_IMPORT, JobStatus.RUNNING, "a-node-that-died", LONG_AGO);
            ImportJob details = new ImportJob();
            details.jobId = jobId;
            details.memoryName = "lost";
            details.policy = "skip-identical";
            em.persist(details);
            return jobId;
        });
        given().get("/api/imports/" + id).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("problem.type", equalTo("/problems/internal-error"))
                .body("problem.detail", containsString("stopped before it finished"))
                .body("job.status", equalTo("failed"))
                .body("job.failure.detail", containsString("stopped before it finished"));
    }

    @Test
    void theSweepFailsALostQaRunAndSparesTheJobsThisNodeHolds() {
        long[] runId = new long[1];
        String[] ids = QuarkusTransaction.requiringNew().call(() -> {
            String lost = job(JobKind.QA_RUN, JobStatus.QUEUED, "a-node-that-died", LONG_AGO);
            QaRun run = new QaRun();
            run.jobId = lost;
            run.settings = "{\"checks\":[],\"thresholds\":{}}";
            em.persist(run);
            runId[0] = run.id;
            return new String[] {lost, job(JobKind.TMX_IMPORT, JobStatus.QUEUED, JobStore.NODE, LONG_AGO)};
        });
        store.beat();
        assertTrue(store.failLost() >= 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(JobStatus.FAILED, em.find(Job.class, ids[0]).status);
            assertEquals(JobStatus.QUEUED, em.find(Job.class, ids[1]).status);
            em.remove(em.find(Job.class, ids[1]));
        });
        given().get("/api/qa/runs/" + runId[0]).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("failure", containsString("stopped before it finished"))
                .body("job.kind", equalTo("qa-run"))
                .body("job.failure.status", equalTo(500));
    }
}
