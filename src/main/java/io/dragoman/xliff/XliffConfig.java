package io.dragoman.xliff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of XLIFF pre-translation, under {@code dragoman.xliff}. */
@ConfigMapping(prefix = "dragoman.xliff")
public interface XliffConfig {
    /** Largest XLIFF file accepted over HTTP, in bytes: the whole file is held in memory while it is edited. */
    @WithDefault("67108864")
    int maxSize();
}
