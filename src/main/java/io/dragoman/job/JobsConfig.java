package io.dragoman.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Jobs (TMX imports, QA runs), under {@code dragoman.jobs}. The names they had before jobs shared
 * one model still work for a release ({@link RenamedSettings} lists them).
 */
@ConfigMapping(prefix = "dragoman.jobs")
public interface JobsConfig {
    /** An open job whose node has not refreshed its heartbeat for this long is recorded as failed. */
    @WithDefault("2m")
    Duration staleAfter();

    /** How often a node refreshes the heartbeat of the jobs it holds (keep it well under stale-after). */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /**
     * How often a server looks for jobs whose node stopped, starting at start; 0 looks once, before
     * anything else runs (the command line's setting).
     */
    @WithDefault("15s")
    Duration sweepInterval();

    Imports imports();

    Qa qa();

    /** TMX import jobs. */
    interface Imports {
        /** Jobs waiting or running on one node; one more is refused with 429 before its upload is kept. */
        @WithDefault("8")
        int maxQueued();

        /** Imports running at once on one node; further jobs wait in the queue. */
        @WithDefault("1")
        int concurrent();
    }

    /** QA runs: one runs at a time per node (a run checks each page on every core). */
    interface Qa {
        /** Runs waiting or running on one node; one more is refused with 429 and nothing is stored. */
        @WithDefault("4")
        int maxQueued();
    }
}
