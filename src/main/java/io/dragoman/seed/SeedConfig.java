package io.dragoman.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What is loaded on first start, under {@code dragoman.seed}. */
@ConfigMapping(prefix = "dragoman.seed")
public interface SeedConfig {
    /** Load the seed article's units and the curated glossary when they are missing. */
    @WithDefault("true")
    boolean enabled();
}
