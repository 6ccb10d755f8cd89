package io.dragoman.core;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start which database this node uses, so that a user who passed a data directory sees
 * where the memories really are (and an operator sees which PostgreSQL a node talks to).
 */
@ApplicationScoped
public class DatabaseLocation {
    private static final Logger LOG = Logger.getLogger(DatabaseLocation.class);

    private final String url;

    DatabaseLocation(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        LOG.info(describe(url));
        h2File(url).ifPresent(file -> DataDirectory.markHoldsDatabase(java.nio.file.Path.of(file).getParent()));
    }

    /** This node's H2 file ({@code ….mv.db}), if it runs on the embedded database. */
    public java.util.Optional<java.nio.file.Path> h2File() {
        return h2File(url).map(file -> java.nio.file.Path.of(file + ".mv.db"));
    }

    /** The H2 file's path without {@code .mv.db}, for an embedded H2 URL. */
    private static java.util.Optional<String> h2File(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        return jdbcUrl.startsWith(prefix) ? java.util.Optional.of(jdbcUrl.substring(prefix.length()).split(";", 2)[0])
                : java.util.Optional.empty();
    }

    /** A line for the log: the H2 file, or the JDBC URL without its parameters. */
    static String describe(String jdbcUrl) {
        if (h2File(jdbcUrl).isPresent()) {
            return "Database: H2 file " + h2File(jdbcUrl).get() + ".mv.db";
        }
        // Credentials may sit in a PostgreSQL URL's parameters: never log them.
        return "Database: " + jdbcUrl.split("[?;]", 2)[0];
    }
}
