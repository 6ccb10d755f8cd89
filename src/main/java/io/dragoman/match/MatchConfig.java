package io.dragoman.match;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Matching limits and index upkeep, under {@code dragoman.match}. */
@ConfigMapping(prefix = "dragoman.match")
public interface MatchConfig {
    /**
     * Whether this process keeps a match index. A server does; command-line runs (bin/dragoman)
     * switch it off, since they never look up and building it costs about a minute at 300k units.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * Longest accepted lookup query, in characters (UTF-16 units): as long as the longest stored
     * segment ({@code dragoman.tm.max-text-length}), so any unit can be looked up.
     */
    @WithDefault("10000")
    int maxQueryLength();

    /**
     * Longest accepted concordance phrase, in characters. A concordance searches words, not
     * segments, and each Arabic or wildcard word scans the index's dictionary under its read lock,
     * so a phrase is kept to what a translator types into a search box.
     */
    @WithDefault("200")
    int maxPhraseLength();

    /**
     * Lookups that run at once on this node; more wait in arrival order ({@link LookupGate}).
     * Unset: twice the processors the JVM sees, so that a lookup waiting for the database, or
     * for a core taken by another thread, leaves its core to the next.
     */
    OptionalInt concurrentLookups();

    /** Most matches one lookup may ask for. */
    @WithDefault("50")
    int maxResults();

    /** How often the unit_change table is read for other nodes' writes. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long a missing unit_change id (a transaction not yet committed) is watched for. */
    @WithDefault("5m")
    Duration gapTimeout();

    /**
     * Whether the index is saved beside the database ({@code DATA_DIR/match-index.snapshot}) and
     * read back at the next start, which then replays only the changes made since.
     */
    @WithDefault("true")
    boolean snapshot();

    /** How often a changed index is saved while the server runs, so that a start after a crash replays little. */
    @WithDefault("5m")
    Duration snapshotInterval();

    /**
     * Units whose texts and metadata lookups keep in memory ({@link CachedUnitTexts}), least
     * recently used dropped first; 0 reads every ranked unit from the database.
     */
    @WithDefault("50000")
    int textCacheSize();

    /** Changes touching more units than this are applied in the background, not in the request. */
    @WithDefault("5000")
    int inlineChangeLimit();
}
