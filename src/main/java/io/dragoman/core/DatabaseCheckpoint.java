package io.dragoman.core;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Writes the embedded database's committed transactions to its file now. H2 writes them from a
 * background thread within its write delay, so a node killed in that window loses the last ones;
 * what is derived from committed data and kept beside the database (the match index's snapshot)
 * must not get ahead of the file. On PostgreSQL a commit is durable when it returns: nothing to do.
 */
@ApplicationScoped
public class DatabaseCheckpoint {
    private static final Logger LOG = Logger.getLogger(DatabaseCheckpoint.class);

    private final DatabaseLocation location;
    private final AgroalDataSource dataSource;

    DatabaseCheckpoint(DatabaseLocation location, AgroalDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    /** True when every transaction committed so far is in the file (or the database makes it so itself). */
    public boolean run() {
        if (location.h2File().isEmpty()) {
            return true;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            return true;
        } catch (SQLException e) {
            // A node that stops closes the database first, which writes everything.
            LOG.debugf("CHECKPOINT failed: %s", e.getMessage());
            return false;
        }
    }
}
