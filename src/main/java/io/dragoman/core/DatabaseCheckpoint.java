package io.dragoman.core;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
    /** Set once the process closes the database itself: a new connection would open the file again. */
    private volatile boolean closed;

    DatabaseCheckpoint(DatabaseLocation location, AgroalDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    void onClosing(@Observes DatabaseClosing event) {
        closed = true;
    }

    /** Writes what was committed so far into the file; a failure is only logged (see the class comment). */
    public void run() {
        if (closed || location.h2File().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            // A node that stops closes the database first, which writes everything.
            LOG.debugf("CHECKPOINT failed: %s", e.getMessage());
        }
    }
}
