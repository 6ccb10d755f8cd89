package io.dragoman.qa;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.glossary.ProperNames;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.job.JobStatus;
import io.dragoman.text.LanguageTag;
import io.dragoman.tm.TextHash;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** QA for the API and the command line: runs, their findings, and live checks of one pair. */
@ApplicationScoped
public class QaService {
    /** How many units with the same source a live check compares the pair with. */
    private static final int LIVE_NEIGHBOURS = 200;

    private final RunStore runs;
    private final QaRunner runner;
    private final UnitReader units;
    private final ProperNames properNames;
    private final TermRecognizer recognizer;
    private final EntityManager em;

    QaService(RunStore runs, QaRunner runner, UnitReader units, ProperNames properNames,
              TermRecognizer recognizer, EntityManager em) {
        this.runs = runs;
        this.runner = runner;
        this.units = units;
        this.properNames = properNames;
        this.recognizer = recognizer;
        this.em = em;
    }

    public List<CheckView> checks() {
        return QaCatalog.all().stream().map(CheckView::of).toList();
    }

    /** Validates and stores a run, then queues it on this node; returns at once. */
    public RunView start(RunSpec spec) {
        long id = runner.submit(() -> create(spec));
        return runs.view(id);
    }

    /** Validates, stores and executes a run in the caller's thread (the command line). */
    public RunView runNow(RunSpec spec) {
        RunStore.Created run = create(spec);
        runner.execute(run);
        return runs.view(run.id());
    }

    private RunStore.Created create(RunSpec spec) {
        QaSettings settings = QaCatalog.settings(spec.only(), spec.enable(), spec.disable(), spec.thresholds());
        if (spec.memoryId() != null) {
            try {
                runs.memoryName(spec.memoryId());
            } catch (NotFoundException e) {
                throw InvalidInputException.of("memoryId", "memory " + spec.memoryId() + " does not exist");
            }
        }
        String contains = spec.contains() == null || spec.contains().isBlank() ? null : spec.contains();
        return runs.create(UnitSelection.of(spec.memoryId(), spec.sourceLang(), spec.targetLang(), contains), settings);
    }

    public RunView run(long id) {
        return runs.view(id);
    }

    /**
     * Runs, newest first, of one status or all ({@code status} null), but those over a memory in
     * {@code hidden}; when some memory is hidden, runs over every memory are left out too, since
     * their findings show its units.
     */
    @Transactional
    public Page<RunView> runs(Set<Long> hidden, JobStatus status, PageRequest page) {
        String where = " from QaRun r, Job j where j.id = r.jobId"
                + (hidden.isEmpty() ? "" : " and r.memoryId is not null and r.memoryId not in :hidden")
                + (status == null ? "" : " and j.status = :status");
        var count = em.createQuery("select count(r)" + where, Long.class);
        var ids = em.createQuery("select r.id" + where + " order by r.id desc", Long.class);
        for (var query : List.of(count, ids)) {
            if (!hidden.isEmpty()) {
                query.setParameter("hidden", hidden);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        List<RunView> views = ids.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()
                .stream().map(runs::view).toList();
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    /** A page of a run's findings, optionally of one check and one severity, in the order they were found. */
    @Transactional
    public Page<FindingView> findings(long runId, String check, String severity, PageRequest page) {
        runs.run(runId);
        if (check != null && QaCatalog.find(check).isEmpty()) {
            throw InvalidInputException.of("check", "unknown check '" + check + "'");
        }
        String level = severity == null ? null : parseSeverity(severity).code();
        String where = " from QaFinding f where f.runId = :r" + (check == null ? "" : " and f.checkId = :c")
                + (level == null ? "" : " and f.severity = :s");
        var count = em.createQuery("select count(f)" + where, Long.class);
        var items = em.createQuery("select f" + where + " order by f.id", QaFinding.class);
        for (var query : List.of(count, items)) {
            query.setParameter("r", runId);
            if (check != null) {
                query.setParameter("c", check);
            }
            if (level != null) {
                query.setParameter("s", level);
            }
        }
        List<FindingView> views = items.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList().stream().map(FindingView::of).toList();
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * Checks one pair as a translator types it. Memory-wide checks see the pair alone (the length
     * ratio against the Arabic–English prior), except that with a memory the pair is compared with
     * the memory's units of exactly the same source, so an inconsistent translation shows at once.
     */
    public List<QaIssue> checkPair(String sourceLang, String targetLang, String source, String target, Long memoryId,
                                   QaSettings settings) {
        // The pair comes after every stored unit (consistency ties go to the memory's variant);
        // its findings are answered with unit id 0.
        QaUnit pair = new QaUnit(Long.MAX_VALUE, LanguageTag.parse("sourceLang", sourceLang).tag(),
                LanguageTag.parse("targetLang", targetLang).tag(), source, target);
        List<QaUnit> all = new ArrayList<>();
        if (memoryId != null) {
            runs.memoryName(memoryId);
            units.sameSource(memoryId, TextHash.of(source), LIVE_NEIGHBOURS).forEach(u -> all.add(QaUnit.of(u)));
        }
        all.add(pair);
        GlossaryTerms terms = new GlossaryTerms(recognizer, properNames.concepts());
        return QaEngine.checkAll(all, settings, terms).stream().filter(i -> i.unitId() == Long.MAX_VALUE)
                .map(i -> i.withUnitId(0)).toList();
    }

    static Severity parseSeverity(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("severity", e.getMessage());
        }
    }
}
