package io.dragoman.tm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the translation memory, under {@code dragoman.tm}. */
@ConfigMapping(prefix = "dragoman.tm")
public interface TmConfig {
    /** Longest accepted segment text, in characters (UTF-16 units), either side. */
    @WithDefault("10000")
    int maxTextLength();
}
