package io.dragoman.align;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
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

    /**
     * Whether a word-translation lexicon is learned from the stored units and used as an anchor.
     * Command-line runs switch it off with the match index: they align at most once.
     */
    @WithName("lexicon.enabled")
    @WithDefault("true")
    boolean lexiconEnabled();

    /**
     * Shortest time between two rebuilds of the learned lexicon. A rebuild reads the units again
     * (the newest {@link #lexiconMaxUnits()}) and happens only when the unit change log moved.
     */
    @WithName("lexicon.refresh-interval")
    @WithDefault("10m")
    Duration lexiconRefreshInterval();

    /**
     * The learned lexicon learns from at most this many units, the newest ones: their texts are
     * held while learning (about 1 KB a unit), and a word pair seen in 50,000 units is well known.
     */
    @WithName("lexicon.max-units")
    @WithDefault("50000")
    int lexiconMaxUnits();
}
