package io.dragoman.match;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a node is in the {@code unit_change} log. Ids come from an identity column, so they are
 * handed out in insert order but become visible in commit order: when row 11 is seen while row 10
 * is not, 10 may belong to a transaction still running. Such gaps are remembered and asked for
 * again on every poll until they appear or time out (a rolled-back transaction never fills its
 * gap).
 */
final class ChangeCursor {
    /** Gaps tracked at most; a larger jump in ids is not a commit race and is not watched. */
    static final int MAX_GAPS = 10_000;
    private long last;
    private final Duration timeout;
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();

    ChangeCursor(long last, Duration timeout) {
        this.last = last;
        this.timeout = timeout;
    }

    long last() {
        return last;
    }

    /**
     * Watches ids at or below {@link #last} that were not seen when the cursor was placed: rows of
     * transactions that took their id before the start read the log's last id, and commit later.
     */
    void watch(Collection<Long> missing, Instant now) {
        for (long id : missing) {
            if (id <= last && gaps.size() < MAX_GAPS) {
                gaps.put(id, now);
            }
        }
    }

    /** The last id up to which every row has been seen: before the first gap still watched. */
    long settled() {
        return gaps.keySet().stream().mapToLong(Long::longValue).min().orElse(last + 1) - 1;
    }

    Set<Long> gaps() {
        return Set.copyOf(gaps.keySet());
    }

    /** Takes the rows just read (any order); returns those not applied before, in id order. */
    List<ChangeFeed.Row> accept(List<ChangeFeed.Row> rows, Instant now) {
        List<ChangeFeed.Row> fresh = new ArrayList<>();
        rows.stream().sorted(java.util.Comparator.comparingLong(ChangeFeed.Row::id)).forEach(row -> {
            if (row.id() <= last) {
                if (gaps.remove(row.id()) != null) {
                    fresh.add(row);
                }
                return;
            }
            for (long missing = Math.max(last + 1, row.id() - MAX_GAPS); missing < row.id(); missing++) {
                gaps.put(missing, now);
            }
            last = row.id();
            fresh.add(row);
        });
        for (Iterator<Instant> it = gaps.values().iterator(); it.hasNext(); ) {
            if (it.next().plus(timeout).isBefore(now)) {
                it.remove();
            }
        }
        return fresh;
    }
}
