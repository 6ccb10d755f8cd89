package io.dragoman.match;

import io.dragoman.tm.UnitChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts and metadata of the units lookups have ranked lately, so that a lookup reads the
 * database only for units it has not seen since they last changed (a read of a few units by id
 * cost more than the index itself; see docs/benchmarks.md). Derived from the database and kept in
 * step with the match index: this node's writes arrive as {@link UnitChange} events after commit,
 * other nodes' from the {@code unit_change} rows that {@link IndexMaintainer}'s poll reads (one
 * reader of the log per node), so a unit another node edits is served old for at most one poll
 * interval, as the index serves its old words.
 *
 * <p>A read that raced a change must not put what it read back: every change bumps a counter
 * under the cache's lock, and a read stores its rows only when the counter has not moved since it
 * began. When the log cannot be read, nothing is known about other nodes, so the cache is emptied.
 */
@ApplicationScoped
public class CachedUnitTexts implements TextSource {
    private final UnitSource units;
    private final boolean enabled;
    private final Map<Long, UnitTexts> cache;
    /** Changes seen so far; guarded by {@link #cache}. */
    private long changes;

    CachedUnitTexts(UnitSource units, MatchConfig config) {
        this.units = units;
        this.enabled = config.enabled() && config.textCacheSize() > 0;
        int capacity = config.textCacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, UnitTexts> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Map<Long, UnitTexts> texts(Collection<Long> ids) {
        if (!enabled) {
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

    /** Drops what a change (this node's, or another node's read from the log) may have made stale. */
    void forget(UnitChange change) {
        synchronized (cache) {
            changes++;
            if (change.kind() == UnitChange.Kind.MEMORY_DELETED) {
                cache.values().removeIf(texts -> change.unitIds().contains(texts.memoryId()));
            } else {
                change.unitIds().forEach(cache::remove);
            }
        }
    }

    /** Forgets everything: the log could not be read, so other nodes' changes are unknown. */
    void clear() {
        synchronized (cache) {
            changes++;
            cache.clear();
        }
    }
}
