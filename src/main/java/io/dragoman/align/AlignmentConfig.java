package io.dragoman.align;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of document alignment, under {@code dragoman.alignment}. */
@ConfigMapping(prefix = "dragoman.alignment")
public interface AlignmentConfig {
    /** Longest accepted document, in characters (UTF-16 units), either side. */
    @WithDefault("1000000")
    int maxChars();
}
