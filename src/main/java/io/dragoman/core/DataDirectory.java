package io.dragoman.core;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.nio.file.Files;
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
    /** Extra H2 URL options: {@code ;IFEXISTS=TRUE} where a database was made and its file has gone. */
    public static final String H2_OPTIONS = "dragoman.h2-options";
    /** Written beside the H2 file once it exists: this directory has held Dragoman's database. */
    public static final String MARKER = "dragoman.database";
    static final String H2_FILE = "dragoman.mv.db";
    private static final String DEFAULT_DIR = "data";
    // Below application.properties (250) so that nobody sets data-path by accident through it
    // overriding a user's data-dir; data-path is derived, never configured.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(DATA_DIR);
        String dir = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? DEFAULT_DIR : configured.getValue().trim();
        Path path = resolve(dir);
        return List.of(new PropertiesConfigSource(Map.of(DATA_PATH, path.toString(), H2_OPTIONS, h2Options(path)),
                "dragoman-data-directory", ORDINAL));
    }

    /**
     * A directory that held the database but has lost its file (deleted, moved, a volume not
     * mounted) must not quietly become a new, empty Dragoman with a new admin password: H2 is told
     * not to create the file, so the start stops at its first connection, after this explanation.
     */
    static String h2Options(Path dataPath) {
        if (!Files.exists(dataPath.resolve(MARKER)) || Files.exists(dataPath.resolve(H2_FILE))) {
            return "";
        }
        System.err.println("Dragoman: " + dataPath.resolve(H2_FILE) + " is missing, but " + dataPath
                + " has held Dragoman's database (" + dataPath.resolve(MARKER) + " says so). Nothing was started"
                + " and nothing was written. To get the data back, move " + dataPath + " aside and run"
                + " bin/dragoman restore BACKUP.zip " + dataPath + " with your last backup. To start an empty"
                + " Dragoman here on purpose, delete " + dataPath.resolve(MARKER) + ".");
        return ";IFEXISTS=TRUE";
    }

    /** Notes that {@code dataPath} now holds the database (see {@link #h2Options}). */
    public static void markHoldsDatabase(Path dataPath) {
        Path marker = dataPath.resolve(MARKER);
        if (Files.exists(marker) || !Files.exists(dataPath.resolve(H2_FILE))) {
            return;
        }
        try {
            Files.writeString(marker, "This directory holds Dragoman's database (" + H2_FILE + "). While this file"
                    + " is here, Dragoman will not start on a new, empty database in its place.\n");
        } catch (IOException e) {
            // Only the guard against a lost file is missing then; the node itself is fine.
            org.jboss.logging.Logger.getLogger(DataDirectory.class).warnf("Cannot write %s: %s", marker, e.getMessage());
        }
    }

    /** The absolute, normalised form of a data directory as a user wrote it. */
    public static Path resolve(String dir) {
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
