package io.dragoman.align;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of document alignment, under {@code dragoman.alignment}. */
@ConfigMapping(prefix = "dragoman.alignment")
public interface AlignmentConfig {
    /** Longest accepted document, in characters (UTF-16 units), either side. */
    @WithDefault("1000000")
    int maxChars();

    /**
     * Most segments per side. The aligner searches a band around the diagonal, so time and memory
     * grow about linearly: 10,000 sentences a side took 7.0 s of CPU with both passes (docs/benchmarks.md, alignment).
     */
    @WithDefault("20000")
    int maxSegments();

    /** The word lexicon learned from the stored units ({@link MemoryLexicon}). */
    Lexicon lexicon();

    interface Lexicon {
        /**
         * Whether the lexicon is learned and used as an anchor. Command-line runs switch it off
         * with the match index: they align at most once.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Shortest time between two learnings. Each reads the units again (the newest
         * {@link #maxUnits()}) and happens only when the unit change log moved.
         */
        @WithDefault("10m")
        Duration refreshInterval();

        /**
         * At most this many units, the newest ones, are learned from: their texts are held while
         * learning (about 1 KB a unit), and a word pair seen in 50,000 units is well known.
         */
        @WithDefault("50000")
        int maxUnits();
    }
}
