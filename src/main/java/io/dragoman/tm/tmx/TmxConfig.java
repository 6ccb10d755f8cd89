package io.dragoman.tm.tmx;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and behaviour of TMX import and export, under {@code dragoman.tmx}. */
@ConfigMapping(prefix = "dragoman.tmx")
public interface TmxConfig {
    /** Largest accepted upload (the file as sent, compressed or not), in bytes. */
    @WithDefault("536870912")
    long maxUploadSize();

    /** Most bytes of XML read from one import once decompressed: bounds gzip and zip bombs. */
    @WithDefault("8589934592")
    long maxExpandedSize();

    /** Most translation units read from one import. */
    @WithDefault("5000000")
    long maxUnits();

    /** Largest file imported within the request ({@code sync=true}); larger ones run as jobs. */
    @WithDefault("52428800")
    long syncMaxSize();

    /** Problems listed one by one in a report; the rest are only counted. */
    @WithDefault("1000")
    int maxReportedProblems();

    /**
     * An import that has written no chunk for this long is declared dead (its process was
     * killed) and the units it wrote, never visible, are removed by the next sweep.
     */
    @WithDefault("1m")
    Duration importStaleAfter();

    /**
     * How often a server sweeps dead imports, starting in the background at start; 0 sweeps once,
     * before anything else runs (the command line's setting). Import jobs are swept with every job
     * ({@code dragoman.jobs.sweep-interval}, which reads this one while it is unset).
     */
    @WithDefault("15s")
    Duration sweepInterval();

    /**
     * Least time between two progress reports of an import (the command line's progress lines, a
     * job's counters); 0 reports every 256 units, for a log that shows each step.
     */
    @WithDefault("250ms")
    Duration progressInterval();

    /**
     * Source language when neither the unit nor the header names Arabic or English as source
     * ({@code srclang="*all*"}, missing or another language): Dragoman's main direction.
     */
    @WithDefault("ar")
    String defaultSourceLang();
}
