package io.dragoman.qa;

import io.dragoman.glossary.ProperNames;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.job.JobKind;
import io.dragoman.job.JobRunner;
import io.dragoman.job.JobWork;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Executes runs as jobs ({@link JobRunner}): in the background for the REST API (one at a time
 * per node), or in the caller's thread for the command line. Units stream from the database in
 * {@link UnitReader}'s pages, the next page read while the current one is checked on
 * every core and the page before stored; each page's findings and the progress are committed
 * together, so a reader on any node sees the run advance.
 */
@ApplicationScoped
public class QaRunner {
    private static final Logger LOG = Logger.getLogger(QaRunner.class);

    private final RunStore runs;
    private final UnitReader units;
    private final ProperNames properNames;
    private final TermRecognizer recognizer;
    private final IgnoredFindings ignored;
    private final JobRunner jobs;
    private final ExecutorService reader = daemon("qa-reader");
    /** Stores pages' findings while the next pages are checked ({@link RunWriter}). */
    private final ExecutorService writer = daemon("qa-writer");

    QaRunner(RunStore runs, UnitReader units, ProperNames properNames, TermRecognizer recognizer,
             IgnoredFindings ignored, JobRunner jobs) {
        this.runs = runs;
        this.units = units;
        this.properNames = properNames;
        this.recognizer = recognizer;
        this.ignored = ignored;
        this.jobs = jobs;
    }

    /**
     * Creates a run and queues it on this node, or refuses it (429, nothing stored) when the
     * node's queue is full; returns the run's number.
     */
    public long submit(Supplier<RunStore.Created> create) {
        RunStore.Created[] run = new RunStore.Created[1];
        jobs.submit(JobKind.QA_RUN, () -> (run[0] = create.get()).jobId(), jobId -> check(run[0].id()));
        return run[0].id();
    }

    /** Runs a created run to its end in the calling thread; failures end up in the run, not thrown. */
    public void execute(RunStore.Created run) {
        jobs.runNow(run.jobId(), jobId -> check(run.id()));
    }

    private Runnable check(long runId) {
        UnitSelection selection = runs.selection(runId);
        Set<String> skip = ignored.keys();
        GlossaryTerms terms = new GlossaryTerms(recognizer, properNames.concepts());
        // Memory-wide checks load the units they report; keep them for storing their findings.
        Map<Long, QaUnit> loaded = new java.util.HashMap<>();
        UnitLookup lookup = ids -> {
            Map<Long, QaUnit> found = QaUnit.byId(units.pairs(ids));
            loaded.putAll(found);
            return found;
        };
        QaEngine engine = new QaEngine(new QaContext(runs.settings(runId), terms, lookup));
        long[] nanos = new long[3];
        long cpu0 = processCpuNanos();
        RunWriter storage = new RunWriter(runs, units, writer, runId);
        try {
            // Counted on the writer, before any page is stored, while the first pages are read and checked.
            storage.start(selection);
            // The next page is read while this one is checked: reading and checking overlap.
            CompletableFuture<List<QaUnit>> next = CompletableFuture.supplyAsync(() -> page(selection, 0), reader);
            while (true) {
                long t0 = System.nanoTime();
                List<QaUnit> page = RunWriter.await(next);
                long t1 = System.nanoTime();
                if (page.isEmpty()) {
                    break;
                }
                long after = page.get(page.size() - 1).id();
                next = CompletableFuture.supplyAsync(() -> page(selection, after), reader);
                List<RunStore.Pending> found = new ArrayList<>();
                int[] left = {0};
                List<List<QaIssue>> issues = engine.acceptAll(page);
                for (int i = 0; i < page.size(); i++) {
                    keep(issues.get(i), Map.of(page.get(i).id(), page.get(i)), skip, found, left);
                }
                nanos[0] += t1 - t0;
                nanos[1] += System.nanoTime() - t1;
                storage.submit(found, page.size(), left[0], "checking units");
            }
            long t2 = System.nanoTime();
            List<QaIssue> memoryWide = engine.finish();
            nanos[2] = System.nanoTime() - t2;
            for (List<QaIssue> chunk : chunks(memoryWide, 2000)) {
                List<RunStore.Pending> found = new ArrayList<>();
                int[] left = {0};
                keep(chunk, loaded, skip, found, left);
                storage.submit(found, 0, left[0], "saving memory-wide findings");
            }
            storage.finish();
        } catch (RuntimeException | Error e) {
            storage.settle();
            throw e;
        }
        LOG.infof("QA run %d: waiting for units %d ms, unit checks %d ms, memory-wide checks %d ms, %s;"
                        + " process CPU time %d ms", runId, nanos[0] / 1_000_000, nanos[1] / 1_000_000,
                nanos[2] / 1_000_000, storage.timings(), (processCpuNanos() - cpu0) / 1_000_000);
        return JobWork.NO_RESULTS;
    }

    private List<QaUnit> page(UnitSelection selection, long after) {
        return units.pairs(selection, after).stream().map(QaUnit::of).toList();
    }

    /** Adds the issues that no reviewer ignored; counts the others in {@code left[0]}. */
    private static void keep(List<QaIssue> issues, Map<Long, QaUnit> byId, Set<String> skip,
                             List<RunStore.Pending> found, int[] left) {
        for (QaIssue issue : issues) {
            QaUnit unit = byId.get(issue.unitId());
            if (unit == null) {
                continue;
            }
            if (!skip.isEmpty() && skip.contains(IgnoredFinding.key(issue.checkId(), unit.id(), unit.contentHash()))) {
                left[0]++;
            } else {
                found.add(new RunStore.Pending(issue, unit));
            }
        }
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }

    /** CPU time of the whole process so far: on a shared machine, what the run cost apart from waiting. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        reader.shutdownNow();
        writer.shutdownNow();
    }
}
