package io.dragoman.core;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Resolves {@code dragoman.data-dir} to an absolute path, published as {@code dragoman.data-path}
 * for the H2 URL. H2 refuses a file URL that is implicitly relative to the working directory, and
 * prefixing {@code ./} turned an absolute {@code -Ddragoman.data-dir=/srv/tm} into {@code ./srv/tm};
 * resolving here makes both forms mean what a user expects: relative to where Dragoman starts,
 * or exactly the absolute path given.
 */
public final class DataDirectory implements ConfigSourceFactory {
    public static final String DATA_DIR = "dragoman.data-dir";
    public static final String DATA_PATH = "dragoman.data-path";
    private static final String DEFAULT_DIR = "data";
    // Below application.properties (250) so that nobody sets data-path by accident through it
    // overriding a user's data-dir; data-path is derived, never configured.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(DATA_DIR);
        String dir = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? DEFAULT_DIR : configured.getValue().trim();
        return List.of(new PropertiesConfigSource(Map.of(DATA_PATH, resolve(dir).toString()),
                "dragoman-data-directory", ORDINAL));
    }

    /** The absolute, normalised form of a data directory as a user wrote it. */
    public static Path resolve(String dir) {
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
