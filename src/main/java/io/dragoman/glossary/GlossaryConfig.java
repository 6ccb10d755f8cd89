package io.dragoman.glossary;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The glossary's settings, under {@code dragoman.glossary}. */
@ConfigMapping(prefix = "dragoman.glossary")
public interface GlossaryConfig {
    /**
     * How often a node checks whether another node changed the termbase, and reloads its recognizer
     * if so; {@code 0} disables the check. A node's own changes are applied at once.
     */
    @WithDefault("5s")
    Duration syncInterval();
}
