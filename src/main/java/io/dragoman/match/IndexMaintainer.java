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
 * arrive in. Changes seen while the index is being built wait until the build is done. A start
 * reads the index back from its snapshot ({@link IndexSnapshots}) when there is a usable one and
 * replays the log from there; the index is saved again at intervals and at a graceful stop.
 */
@ApplicationScoped
public class IndexMaintainer {
    private static final Logger LOG = Logger.getLogger(IndexMaintainer.class);
    /** Log ids below the start's position watched for late commits: more than the writes in flight at once. */
    private static final int UNSEEN_WINDOW = 1000;
    private final FuzzyIndex index = new FuzzyIndex();
    private final UnitSource units;
    private final ChangeFeed feed;
    private final IndexSnapshots snapshots;
    private final CachedUnitTexts texts;
    private final MatchConfig config;
    private final Object applyLock = new Object();
    private final List<UnitChange> deferred = new ArrayList<>();
    private boolean ready;
    private ChangeCursor cursor;
    /**
     * Log positions fully applied as of the last poll and the one before it, with the signature of
     * their row (guarded by applyLock; null before the log has a row).
     */
    private IndexSnapshot.Position latestSettled;
    private IndexSnapshot.Position settled;
    private volatile boolean changedSinceSave;
    private ScheduledExecutorService worker;

    IndexMaintainer(UnitSource units, ChangeFeed feed, IndexSnapshots snapshots, CachedUnitTexts texts,
                    MatchConfig config) {
        this.units = units;
        this.feed = feed;
        this.snapshots = snapshots;
        this.texts = texts;
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
        long started = System.nanoTime();
        String how = snapshots.restore().map(this::catchUp).orElse(null);
        if (how == null) {
            build();
            how = "built from the database";
        }
        synchronized (applyLock) {
            ready = true;
            deferred.forEach(this::apply);
            deferred.clear();
            settled = latestSettled = position(cursor.settled(), List.of());
        }
        LOG.infof("Match index: %d units in %d ms (%s)", index.size(), (System.nanoTime() - started) / 1_000_000, how);
        long every = config.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
        long saveEvery = config.snapshotInterval().toMillis();
        worker.scheduleWithFixedDelay(this::saveIfChanged, saveEvery, saveEvery, TimeUnit.MILLISECONDS);
        if (changedSinceSave) {
            worker.execute(this::saveIfChanged);
        }
    }

    /** Every unit, page by page, into an empty index. */
    private void build() {
        index.replace(new IndexStore());
        // Read the log position before the units: whatever commits during the build is replayed,
        // and so is what another node's transaction logged below that position but commits later.
        long latest = feed.latestId();
        cursor = new ChangeCursor(latest, config.gapTimeout());
        cursor.watch(feed.missingUpTo(latest, UNSEEN_WINDOW), Instant.now());
        long after = 0;
        for (List<IndexedUnit> page = units.page(after); !page.isEmpty(); page = units.page(after)) {
            index.upsert(page);
            after = page.get(page.size() - 1).id();
        }
        changedSinceSave = true;
    }

    /**
     * Serves from a snapshot after replaying the changes logged since it was saved; null when the
     * result does not hold as many units as the database (a write that bypassed the change log),
     * and the index is then built.
     */
    private String catchUp(IndexSnapshot.Loaded snapshot) {
        index.replace(snapshot.store());
        cursor = new ChangeCursor(snapshot.position().rowId(), config.gapTimeout());
        int replayed = 0;
        for (int read = poll(); read > 0; read = poll()) {
            replayed += read;
        }
        long stored = units.count();
        if (index.size() != stored) {
            replayed += poll(); // another node may have committed between the replay and the count
            stored = units.count();
        }
        if (index.size() != stored) {
            LOG.warnf("Match index: the snapshot replayed to %d units, the database holds %d; building the index"
                    + " from the database", index.size(), stored);
            return null;
        }
        changedSinceSave = replayed > 0;
        return "from the snapshot, " + snapshot.units() + " units, then " + replayed + " logged changes";
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker == null) {
            return;
        }
        // A save under way finishes (an interrupt would close its file); the periodic tasks stop.
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        saveIfChanged();
    }

    /**
     * Saves the index as of the position the poll before the last one reached: by then every
     * change of this node up to it has been applied too (its own changes are applied right after
     * their commit, large ones on this worker before the polls queued after them), so the
     * snapshot holds everything up to its position; replaying a change twice is harmless.
     */
    private void saveIfChanged() {
        IndexSnapshot.Position position;
        synchronized (applyLock) {
            position = settled;
        }
        if (!changedSinceSave || position == null) {
            return;
        }
        changedSinceSave = false;
        if (!snapshots.save(index, position)) {
            changedSinceSave = true;
        }
    }

    /** The position of row {@code rowId} with its signature, from the rows just read or the log; null when there is none. */
    private IndexSnapshot.Position position(long rowId, List<ChangeFeed.Row> read) {
        if (rowId <= 0) {
            return null;
        }
        for (ChangeFeed.Row row : read) {
            if (row.id() == rowId) {
                return new IndexSnapshot.Position(rowId, ChangeFeed.signature(row));
            }
        }
        java.util.OptionalLong signature = feed.signature(rowId);
        return signature.isPresent() ? new IndexSnapshot.Position(rowId, signature.getAsLong()) : null;
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

    /**
     * Reads other nodes' changes from the log once, for the index and the unit text cache; the
     * poller calls this. Returns the rows read.
     */
    public int poll() {
        if (cursor == null) {
            return 0;
        }
        synchronized (applyLock) {
            List<ChangeFeed.Row> fresh = cursor.accept(feed.since(cursor.last(), cursor.gaps()), Instant.now());
            for (ChangeFeed.Row row : fresh) {
                if (!UnitChangeLog.NODE.equals(row.originNode())) {
                    UnitChange change = row.change();
                    apply(change);
                    texts.forget(change);
                }
            }
            settled = latestSettled;
            long reached = cursor.settled();
            if (latestSettled == null || latestSettled.rowId() != reached) {
                latestSettled = position(reached, fresh);
            }
            return fresh.size();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            texts.clear();
            LOG.warn("Reading the unit change log failed; the unit text cache is emptied and the log read again"
                    + " at the next poll", e);
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
        changedSinceSave = true;
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
}
