package io.dragoman.align;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
