package io.dragoman.match;

import io.dragoman.tm.UnitChange;
import io.dragoman.tm.UnitChangeLog;
import io.dragoman.tm.UnitReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Builds the {@link FuzzyIndex} from the database at start (page by page) and keeps it in step:
 * this node's writes arrive as {@link UnitChange} events after commit, other nodes' writes are read
 * from the {@code unit_change} table by a poller. Every change is applied by re-reading the units
 * it names, so the index always converges on what the database holds, whatever order changes
 * arrive in. Changes seen while the index is being built wait until the build is done.
 */
@ApplicationScoped
public class IndexMaintainer {
    private static final Logger LOG = Logger.getLogger(IndexMaintainer.class);
    private final FuzzyIndex index = new FuzzyIndex();
    private final UnitSource units;
    private final ChangeFeed feed;
    private final MatchConfig config;
    private final Object applyLock = new Object();
    private final List<UnitChange> deferred = new ArrayList<>();
    private boolean ready;
    private ChangeCursor cursor;
    private ScheduledExecutorService worker;

    IndexMaintainer(UnitSource units, ChangeFeed feed, MatchConfig config) {
        this.units = units;
        this.feed = feed;
        this.config = config;
    }

    public FuzzyIndex index() {
        return index;
    }

    /** After the seed loader (default priority), so the first build already holds the seed units. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dragoman-index");
            thread.setDaemon(true);
            return thread;
        });
        // Read the log position before the units: whatever commits during the build is replayed.
        cursor = new ChangeCursor(feed.latestId(), config.gapTimeout());
        long started = System.nanoTime();
        long after = 0;
        for (List<IndexedUnit> page = units.page(after); !page.isEmpty(); page = units.page(after)) {
            index.upsert(page);
            after = page.get(page.size() - 1).id();
        }
        synchronized (applyLock) {
            ready = true;
            deferred.forEach(this::apply);
            deferred.clear();
        }
        LOG.infof("Match index: %d units in %d ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        long every = config.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitChange change) {
        if (!config.enabled()) {
            return;
        }
        if (change.unitIds().size() > config.inlineChangeLimit() && worker != null) {
            worker.execute(() -> applyOrDefer(change));
        } else {
            applyOrDefer(change);
        }
    }

    /** Reads other nodes' changes from the log once; the poller calls this. */
    public void poll() {
        if (cursor == null) {
            return;
        }
        synchronized (applyLock) {
            for (ChangeFeed.Row row : cursor.accept(feed.since(cursor.last(), cursor.gaps()), Instant.now())) {
                if (!UnitChangeLog.NODE.equals(row.originNode())) {
                    apply(toChange(row));
                }
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Reading the unit change log failed; retrying at the next poll", e);
        }
    }

    private void applyOrDefer(UnitChange change) {
        synchronized (applyLock) {
            if (ready) {
                apply(change);
            } else {
                deferred.add(change);
            }
        }
    }

    private void apply(UnitChange change) {
        switch (change.kind()) {
            case MEMORY_DELETED -> change.unitIds().forEach(index::removeMemory);
            case DELETE -> index.remove(change.unitIds());
            case UPSERT -> {
                List<Long> ids = change.unitIds();
                for (int i = 0; i < ids.size(); i += UnitReader.PAGE_SIZE) {
                    List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + UnitReader.PAGE_SIZE));
                    List<IndexedUnit> found = units.units(chunk);
                    Set<Long> gone = new HashSet<>(chunk);
                    found.forEach(u -> gone.remove(u.id()));
                    index.upsert(found);
                    index.remove(gone);
                }
            }
        }
    }

    private static UnitChange toChange(ChangeFeed.Row row) {
        UnitChange.Kind kind = UnitChange.Kind.valueOf(row.kind());
        return kind == UnitChange.Kind.MEMORY_DELETED
                ? new UnitChange(kind, List.of(row.memoryId()))
                : new UnitChange(kind, UnitChangeLog.decode(row.unitIds()));
    }
}
