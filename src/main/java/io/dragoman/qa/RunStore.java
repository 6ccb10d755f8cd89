package io.dragoman.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.NotFoundException;
import io.dragoman.tm.UnitSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs as rows: created, started, advanced page by page (findings and progress in one short
 * transaction), finished. Any node reads a run's state from here; a run whose heartbeat is older
 * than {@code dragoman.qa.stale-after} lost its node and is reported failed.
 */
@ApplicationScoped
public class RunStore {
    /** What a run was asked to do, kept as JSON in {@code qa_run.settings}. */
    record StoredSettings(List<String> checks, Map<String, Double> thresholds) {
    }

    /** A finding ready to store: the issue and the unit it is about. */
    record Pending(QaIssue issue, QaUnit unit) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration staleAfter;

    RunStore(EntityManager em, ObjectMapper json,
             @ConfigProperty(name = "dragoman.qa.stale-after", defaultValue = "5m") Duration staleAfter) {
        this.em = em;
        this.json = json;
        this.staleAfter = staleAfter;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public long create(UnitSelection selection, QaSettings settings) {
        QaRun run = new QaRun();
        run.memoryId = selection.memoryId();
        run.sourceLang = selection.sourceLang() == null ? null : selection.sourceLang().tag();
        run.targetLang = selection.targetLang() == null ? null : selection.targetLang().tag();
        run.containsText = selection.contains();
        run.settings = write(new StoredSettings(List.copyOf(settings.enabled()), new TreeMap<>(settings.thresholds())));
        run.status = QaRun.Status.QUEUED;
        run.createdAt = now();
        em.persist(run);
        return run.id;
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

    @Transactional(TxType.REQUIRES_NEW)
    public void start(long runId, String node, long unitsTotal) {
        QaRun run = run(runId);
        run.status = QaRun.Status.RUNNING;
        run.phase = "checking units";
        run.node = node;
        run.unitsTotal = unitsTotal;
        run.startedAt = now();
        run.heartbeatAt = run.startedAt;
    }

    /** Stores a page's findings and advances the progress, in one transaction. */
    @Transactional(TxType.REQUIRES_NEW)
    public void advance(long runId, List<Pending> findings, int unitsChecked, int ignored, String phase) {
        for (int i = 0; i < findings.size(); i++) {
            em.persist(entity(runId, findings.get(i)));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        QaRun run = run(runId);
        run.unitsChecked += unitsChecked;
        run.findings += findings.size();
        run.ignored += ignored;
        run.phase = phase;
        run.heartbeatAt = now();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(long runId, String failure) {
        QaRun run = run(runId);
        run.status = failure == null ? QaRun.Status.DONE : QaRun.Status.FAILED;
        run.failure = failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000));
        run.phase = null;
        run.finishedAt = now();
    }

    @Transactional
    public RunView view(long runId) {
        QaRun run = run(runId);
        if (run.status == QaRun.Status.RUNNING && run.heartbeatAt != null
                && run.heartbeatAt.isBefore(now().minus(staleAfter))) {
            run.status = QaRun.Status.FAILED;
            run.failure = "the node running it (" + run.node + ") stopped reporting progress at " + run.heartbeatAt;
            run.finishedAt = now();
        }
        StoredSettings settings = read(run.settings);
        double progress = run.status == QaRun.Status.DONE ? 1.0
                : run.unitsTotal == 0 ? 0.0 : Math.min(0.99, (double) run.unitsChecked / run.unitsTotal);
        return new RunView(run.id, run.memoryId, run.sourceLang, run.targetLang, run.containsText,
                run.status.name().toLowerCase(java.util.Locale.ROOT), run.phase, run.unitsTotal, run.unitsChecked,
                progress, run.findings, run.ignored, settings.checks(), settings.thresholds(), counts(runId),
                run.failure, run.createdAt, run.startedAt, run.finishedAt);
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

    QaRun run(long runId) {
        QaRun run = em.find(QaRun.class, runId);
        if (run == null) {
            throw new NotFoundException("QA run", runId);
        }
        return run;
    }

    private static QaFinding entity(long runId, Pending pending) {
        QaIssue issue = pending.issue();
        QaUnit unit = pending.unit();
        QaFinding f = new QaFinding();
        f.runId = runId;
        f.checkId = issue.checkId();
        f.issueType = issue.type().code();
        f.severity = issue.severity().code();
        f.unitId = unit.id();
        f.contentHash = unit.contentHash();
        f.sourceLang = unit.sourceLang();
        f.targetLang = unit.targetLang();
        f.sourceText = unit.source();
        f.targetText = unit.target();
        f.sourceSpans = SpanCodec.encode(issue.sourceSpans());
        f.targetSpans = SpanCodec.encode(issue.targetSpans());
        f.message = clip(issue.message());
        f.suggestion = issue.suggestion() == null ? null : clip(issue.suggestion());
        return f;
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
