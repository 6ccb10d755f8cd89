package io.dragoman.core;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the pages a bulk write superseded back to the disk. H2 keeps every page an import replaced
 * until it compacts the file, and it compacts little when it closes: importing a 58.7 MB TMX left
 * a 578 MB file, which {@code SHUTDOWN COMPACT} rewrote to 58 MB (docs/benchmarks.md). That statement closes
 * the database for every connection, so it runs only where this process holds the file and no
 * other process (a server, another command) is connected to it through {@code AUTO_SERVER}.
 */
@ApplicationScoped
public class DatabaseCompaction {
    private final DatabaseLocation location;
    private final DatabaseFileWatch watch;
    private final String url;
    private final String user;
    private final String password;

    DatabaseCompaction(DatabaseLocation location, DatabaseFileWatch watch, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.location = location;
        this.watch = watch;
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    /**
     * Compacts the embedded database and closes it, as this process's last use of it; says what it
     * did or why it did not. Empty on PostgreSQL, which reuses the space by itself.
     */
    public Optional<String> compactAndClose() {
        Optional<Path> file = location.h2File();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        long before = size(file.get());
        long start = System.nanoTime();
        // Not through the pool: the pool's connections die with the database, this one is closed by us.
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement sql = connection.createStatement()) {
            try (ResultSet others = sql.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
                others.next();
                if (others.getLong(1) > 0) {
                    return Optional.of("the database file was left as it is: another process has it open");
                }
            }
            watch.stop();
            sql.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            return Optional.of("the database file was left as it is: " + e.getMessage());
        }
        return Optional.of(String.format("compacted the database file from %s to %s in %.1f s", megabytes(before),
                megabytes(size(file.get())), (System.nanoTime() - start) / 1e9));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 10_000_000 ? String.format("%,d KB", bytes / 1000) : String.format("%,.0f MB", bytes / 1e6);
    }
}
