package io.dragoman.qa;

import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A run's progress and findings stored on the writer thread, in order, while the engine checks
 * the next pages ({@link QaRunner}): first the count of units to check, then each page's
 * findings. A few pages in flight at most, so findings never pile up in memory; a failure stops
 * what follows and is thrown to the run.
 */
final class RunWriter {
    /** About as many pages as are checked while a large memory is counted; their findings are a few megabytes. */
    private static final int IN_FLIGHT = 16;

    private final RunStore runs;
    private final UnitReader units;
    private final Executor writer;
    private final long runId;
    private final Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    /** Time spent counting and storing (on the writer; read after {@link #finish}) and waiting for it. */
    private long counting;
    private long storing;
    private long waited;

    RunWriter(RunStore runs, UnitReader units, Executor writer, long runId) {
        this.runs = runs;
        this.units = units;
        this.writer = writer;
        this.runId = runId;
    }

    /** Counts the units to check: the progress total, before any page advances the run. */
    void start(UnitSelection selection) {
        enqueue(() -> {
            long start = System.nanoTime();
            runs.start(runId, units.count(selection));
            counting = System.nanoTime() - start;
        });
    }

    void submit(List<RunStore.Pending> found, int unitsChecked, int ignored, String phase) {
        enqueue(() -> {
            long start = System.nanoTime();
            runs.advance(runId, found, unitsChecked, ignored, phase);
            storing += System.nanoTime() - start;
        });
    }

    private void enqueue(Runnable work) {
        long start = System.nanoTime();
        while (inFlight.size() >= IN_FLIGHT) {
            await(inFlight.removeFirst());
        }
        waited += System.nanoTime() - start;
        last = last.thenRunAsync(work, writer);
        inFlight.addLast(last);
    }

    /** Waits for everything in flight; a failure is thrown as the run's. */
    void finish() {
        long start = System.nanoTime();
        await(last);
        inFlight.clear();
        waited += System.nanoTime() - start;
    }

    /** The run fails: lets the work in flight end first, so nothing advances the run afterwards. */
    void settle() {
        last.handle((ok, failure) -> null).join();
    }

    /** Where the writer's time went, for the run's log line (after {@link #finish}). */
    String timings() {
        return String.format("counting units %d ms and storing findings %d ms on the writer (waited for %d ms)",
                counting / 1_000_000, storing / 1_000_000, waited / 1_000_000);
    }

    /** The future's value, or the exception its work threw (not wrapped): the run's failure names it. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
