package io.dragoman.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.NotFoundException;
import io.dragoman.job.JobKind;
import io.dragoman.job.JobStore;
import io.dragoman.job.JobView;
import io.dragoman.tm.Memory;
import io.dragoman.tm.UnitSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Runs as rows: created with their job, advanced page by page (findings, counts and the job's
 * progress in one short transaction). Any node reads a run's state from here; the run's life,
 * heartbeat and failure are its job's ({@link JobStore}).
 */
@ApplicationScoped
public class RunStore {
    /** What a run was asked to do, kept as JSON in {@code qa_run.settings}. */
    record StoredSettings(List<String> checks, Map<String, Double> thresholds) {
    }

    /** A finding ready to store: the issue and the unit it is about. */
    record Pending(QaIssue issue, QaUnit unit) {
    }

    /** A stored run: its number and its job. */
    record Created(long id, String jobId) {
    }

    private static final int BATCH = 500;
    private static final String INSERT = "insert into qa_finding (id, run_id, check_id, issue_type, severity, unit_id,"
            + " content_hash, source_lang, target_lang, source_text, target_text, source_spans, target_spans, message,"
            + " suggestion) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final JobStore jobs;

    RunStore(EntityManager em, ObjectMapper json, JobStore jobs) {
        this.em = em;
        this.json = json;
        this.jobs = jobs;
    }

    static OffsetDateTime now() {
        return JobStore.now();
    }

    @Transactional
    public Created create(UnitSelection selection, QaSettings settings) {
        QaRun run = new QaRun();
        run.jobId = jobs.create(JobKind.QA_RUN, 0);
        run.memoryId = selection.memoryId();
        run.sourceLang = selection.sourceLang() == null ? null : selection.sourceLang().tag();
        run.targetLang = selection.targetLang() == null ? null : selection.targetLang().tag();
        run.containsText = selection.contains();
        run.settings = write(new StoredSettings(List.copyOf(settings.enabled()), new TreeMap<>(settings.thresholds())));
        em.persist(run);
        return new Created(run.id, run.jobId);
    }

    @Transactional
    QaSettings settings(long runId) {
        StoredSettings stored = read(run(runId).settings);
        return new QaSettings(new java.util.HashSet<>(stored.checks()), stored.thresholds());
    }

    @Transactional
    UnitSelection selection(long runId) {
        QaRun run = run(runId);
        return UnitSelection.of(run.memoryId, run.sourceLang, run.targetLang, run.containsText);
    }

    /** The units the run is to check, counted once it starts. */
    @Transactional(TxType.REQUIRES_NEW)
    public void start(long runId, long unitsTotal) {
        jobs.progress(run(runId).jobId, 0, unitsTotal, "checking units");
    }

    /**
     * Stores a page's findings and advances the progress, in one transaction. The findings go in
     * as JDBC batches, not as entities: a run over a large memory stores tens of thousands, and
     * the persistence context's bookkeeping for each cost as much as the insert. Ids still come
     * from the entity's own generator (the sequence and its pooled blocks), as for any other writer.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void advance(long runId, List<Pending> findings, int unitsChecked, int ignored, String phase) {
        if (!findings.isEmpty()) {
            insert(runId, findings);
        }
        QaRun run = run(runId);
        run.findings += findings.size();
        run.ignored += ignored;
        jobs.advance(run.jobId, unitsChecked, phase);
    }

    private void insert(long runId, List<Pending> findings) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(QaFinding.class).getGenerator();
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < findings.size(); i++) {
                    QaIssue issue = findings.get(i).issue();
                    QaUnit unit = findings.get(i).unit();
                    ps.setLong(1, ((Number) ids.generate(session, null, null, EventType.INSERT)).longValue());
                    ps.setLong(2, runId);
                    ps.setString(3, issue.checkId());
                    ps.setString(4, issue.type().code());
                    ps.setString(5, issue.severity().code());
                    ps.setLong(6, unit.id());
                    ps.setString(7, unit.contentHash());
                    ps.setString(8, unit.sourceLang());
                    ps.setString(9, unit.targetLang());
                    ps.setString(10, unit.source());
                    ps.setString(11, unit.target());
                    ps.setString(12, SpanCodec.encode(issue.sourceSpans()));
                    ps.setString(13, SpanCodec.encode(issue.targetSpans()));
                    ps.setString(14, clip(issue.message()));
                    ps.setString(15, issue.suggestion() == null ? null : clip(issue.suggestion()));
                    ps.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    @Transactional
    public RunView view(long runId) {
        QaRun run = run(runId);
        JobView job = jobs.view(run.jobId);
        StoredSettings settings = read(run.settings);
        JobView.Progress progress = job.progress();
        return new RunView(run.id, run.memoryId, run.sourceLang, run.targetLang, run.containsText, job.status(),
                progress.phase(), progress.total(), progress.done(), progress.fraction(), run.findings, run.ignored,
                settings.checks(), settings.thresholds(), counts(runId),
                job.failure() == null ? null : job.failure().detail(), job.createdAt(), job.startedAt(),
                job.finishedAt(), job);
    }

    /** Findings by check (in catalog order) and severity. */
    private Map<String, Map<String, Long>> counts(long runId) {
        List<Object[]> rows = em.createQuery("select f.checkId, f.severity, count(f) from QaFinding f where f.runId = :r"
                + " group by f.checkId, f.severity", Object[].class).setParameter("r", runId).getResultList();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (QaCheck check : QaCatalog.all()) {
            for (Object[] row : rows) {
                if (check.id().equals(row[0])) {
                    counts.computeIfAbsent(check.id(), k -> new TreeMap<>()).put((String) row[1], (Long) row[2]);
                }
            }
        }
        return counts;
    }

    /**
     * The name of a memory, or {@link NotFoundException}: read alone, not through the memory's
     * view, which counts its units (a full scan of a large memory, for nothing QA shows).
     */
    @Transactional
    public String memoryName(long memoryId) {
        Memory memory = em.find(Memory.class, memoryId);
        if (memory == null) {
            throw new NotFoundException("memory", memoryId);
        }
        return memory.name;
    }

    QaRun run(long runId) {
        QaRun run = em.find(QaRun.class, runId);
        if (run == null) {
            throw new NotFoundException("QA run", runId);
        }
        return run;
    }

    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private String write(StoredSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings are plain lists and numbers", e);
        }
    }

    private StoredSettings read(String text) {
        try {
            return json.readValue(text, StoredSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("qa_run.settings holds what create() wrote", e);
        }
    }
}
