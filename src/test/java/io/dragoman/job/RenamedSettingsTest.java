package io.dragoman.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job settings under their old names, as an installation configured before dragoman.jobs has them. */
class RenamedSettingsTest {
    private static JobsConfig jobs(Map<String, String> file, Map<String, String> system) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(file, "application.properties", 250))
                .withSources(new PropertiesConfigSource(system, "system properties", 400))
                .withInterceptors(new RenamedSettings())
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(JobsConfig.class)
                // The mappings whose prefixes the old names share refuse names they do not know.
                .withMapping(io.dragoman.tm.tmx.TmxConfig.class)
                .build();
        return config.getConfigMapping(JobsConfig.class);
    }

    @Test
    void defaultsHoldWhenNothingIsSet() {
        JobsConfig jobs = jobs(Map.of(), Map.of());
        assertEquals(Duration.ofMinutes(2), jobs.staleAfter());
        assertEquals(8, jobs.imports().maxQueued());
        assertEquals(1, jobs.imports().concurrent());
        assertEquals(4, jobs.qa().maxQueued());
    }

    @Test
    void oldNamesStillApply() {
        JobsConfig jobs = jobs(Map.of("dragoman.qa.stale-after", "5m", "dragoman.tmx.max-queued-imports", "3",
                "dragoman.tmx.concurrent-imports", "2", "dragoman.qa.max-queued-runs", "6",
                "dragoman.tmx.sweep-interval", "0"), Map.of());
        assertEquals(Duration.ofMinutes(5), jobs.staleAfter());
        assertEquals(3, jobs.imports().maxQueued());
        assertEquals(2, jobs.imports().concurrent());
        assertEquals(6, jobs.qa().maxQueued());
        assertEquals(Duration.ZERO, jobs.sweepInterval());
    }

    @Test
    void theNewNameWinsInTheSameSourceAndTheStrongerSourceWinsAcross() {
        JobsConfig same = jobs(Map.of("dragoman.jobs.stale-after", "3m", "dragoman.tmx.job-stale-after", "9m"), Map.of());
        assertEquals(Duration.ofMinutes(3), same.staleAfter());
        JobsConfig across = jobs(Map.of("dragoman.jobs.stale-after", "3m"), Map.of("dragoman.tmx.job-stale-after", "10s"));
        assertEquals(Duration.ofSeconds(10), across.staleAfter());
    }
}
