package io.dragoman.match;

import io.dragoman.tm.UnitChange;
import io.dragoman.tm.UnitChangeLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The texts and metadata of the units lookups have ranked lately, so that a lookup reads the
 * database only for units it has not seen since they last changed (a read of a few units by id
 * cost more than the index itself; see docs/benchmarks.md). Derived from the database and kept in
 * step as the match index is: this node's writes arrive as {@link UnitChange} events after commit,
 * other nodes' from the {@code unit_change} log, polled as often as the index polls it, so a unit
 * another node edits is served old for at most one poll interval, as the index serves its old words.
 *
 * <p>A read that raced a change must not put what it read back: every change bumps a counter
 * under the cache's lock, and a read stores its rows only when the counter has not moved since it
 * began. When the log cannot be read, nothing is known about other nodes, so the cache is emptied.
 */
@ApplicationScoped
public class CachedUnitTexts implements TextSource {
    private static final Logger LOG = Logger.getLogger(CachedUnitTexts.class);
    private final UnitSource units;
    private final ChangeFeed feed;
    private final MatchConfig config;
    private final Map<Long, UnitTexts> cache;
    /** Changes seen so far; guarded by {@link #cache}. */
    private long changes;
    private ChangeCursor cursor;
    private ScheduledExecutorService poller;

    CachedUnitTexts(UnitSource units, ChangeFeed feed, MatchConfig config) {
        this.units = units;
        this.feed = feed;
        this.config = config;
        int capacity = config.textCacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, UnitTexts> eldest) {
                return size() > capacity;
            }
        };
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || config.textCacheSize() == 0) {
            return;
        }
        // The cache is empty until now: whatever commits after this position is in the log it polls,
        // and so is a change that took a log id just below it and commits later (as the index does).
        long latest = feed.latestId();
        cursor = new ChangeCursor(latest, config.gapTimeout());
        cursor.watch(feed.missingUpTo(latest, IndexMaintainer.UNSEEN_WINDOW), java.time.Instant.now());
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dragoman-text-cache");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Override
    public Map<Long, UnitTexts> texts(Collection<Long> ids) {
        if (cursor == null) {
            return units.texts(ids);
        }
        Map<Long, UnitTexts> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        long seen;
        synchronized (cache) {
            seen = changes;
            for (Long id : ids) {
                UnitTexts texts = cache.get(id);
                if (texts != null) {
                    found.put(id, texts);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, UnitTexts> read = units.texts(missing);
            found.putAll(read);
            synchronized (cache) {
                if (changes == seen) {
                    cache.putAll(read);
                }
            }
        }
        return found;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitChange change) {
        forget(change);
    }

    /** Reads other nodes' changes from the log once; the poller calls this. */
    public void poll() {
        if (cursor == null) {
            return;
        }
        synchronized (cursor) {
            for (ChangeFeed.Row row : cursor.accept(feed.since(cursor.last(), cursor.gaps()), Instant.now())) {
                if (!UnitChangeLog.NODE.equals(row.originNode())) {
                    forget(row.change());
                }
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Reading the unit change log failed; the unit text cache is emptied and the log read again at the next poll", e);
            synchronized (cache) {
                changes++;
                cache.clear();
            }
        }
    }

    private void forget(UnitChange change) {
        synchronized (cache) {
            changes++;
            if (change.kind() == UnitChange.Kind.MEMORY_DELETED) {
                cache.values().removeIf(texts -> change.unitIds().contains(texts.memoryId()));
            } else {
                change.unitIds().forEach(cache::remove);
            }
        }
    }
}
