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
        String prefix = "jdbc:h2:file:";
        if (url.startsWith(prefix)) {
            DataDirectory.markHoldsDatabase(java.nio.file.Path.of(url.substring(prefix.length()).split(";", 2)[0]).getParent());
        }
    }

    /** A line for the log: the H2 file, or the JDBC URL without its parameters. */
    static String describe(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl.startsWith(prefix)) {
            String path = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
            return "Database: H2 file " + path + ".mv.db";
        }
        // Credentials may sit in a PostgreSQL URL's parameters: never log them.
        return "Database: " + jdbcUrl.split("[?;]", 2)[0];
    }
}
