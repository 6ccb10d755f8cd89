package io.dragoman.qa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** QA, under {@code dragoman.qa}; its runs' queue and heartbeat are every job's ({@code dragoman.jobs}). */
@ConfigMapping(prefix = "dragoman.qa")
public interface QaConfig {
    /** Units read and checked at a time; each page's findings and progress are committed together. */
    @WithDefault("2000")
    int pageSize();
}
