package io.dragoman.core;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Watches the embedded database's file under a running node. When someone deletes it (a clean-up
 * script, a mistaken {@code rm -r data}) or copies another file over it, H2 goes on with the file it
 * has open, which has no name any more: every write from then on is lost when the node stops. So
 * the node at once saves what it holds with H2's online {@code BACKUP TO} into a rescue zip in the
 * data directory, refuses writes (503 {@code database-file-lost}, {@link #requireIntact}) and
 * turns its readiness DOWN, and says in its log how to put the data back. Reads go on: lookups
 * still serve translators from what the node holds.
 */
@ApplicationScoped
public class DatabaseFileWatch {
    private static final Logger LOG = Logger.getLogger(DatabaseFileWatch.class);
    private static final long INTERVAL_MILLIS = 2000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AgroalDataSource dataSource;
    private ScheduledExecutorService timer;
    private Path file;
    private Object fileKey;
    private volatile String lost;
    private volatile boolean stopped;

    DatabaseFileWatch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        String url = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
        Optional<String> dataPath = ConfigProvider.getConfig().getOptionalValue(DataDirectory.DATA_PATH, String.class);
        if (!url.startsWith("jdbc:h2:file:") || dataPath.isEmpty()) {
            return;
        }
        file = Path.of(dataPath.get()).resolve(DataDirectory.H2_FILE);
        fileKey = key(file);
        if (fileKey == null) {
            return;
        }
        timer = Periodic.timer("dragoman-database-file-watch");
        timer.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    void onClosing(@Observes DatabaseClosing event) {
        stop();
    }

    /**
     * Stops watching, before this process replaces the file itself: {@code SHUTDOWN COMPACT}
     * writes a compacted copy and moves it over the file ({@link DatabaseCompaction}).
     */
    private void stop() {
        stopped = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Why writes are refused, when the file is gone; empty while it is where the node opened it. */
    public Optional<String> lost() {
        return Optional.ofNullable(lost);
    }

    /** @throws DatabaseFileLostException when the database file is no longer the one the node writes */
    public void requireIntact() {
        if (lost != null) {
            throw new DatabaseFileLostException(lost);
        }
    }

    void check() {
        if (lost != null || stopped) {
            return;
        }
        Object now = key(file);
        if (Objects.equals(now, fileKey)) {
            return;
        }
        String what = now == null ? "was deleted" : "was replaced by another file";
        Path rescue = file.resolveSibling("dragoman-rescue-" + LocalDateTime.now().format(STAMP) + ".zip");
        String saved = rescue(rescue);
        lost = file + " " + what + " while this node was running; nothing written from now on would last, so"
                + " writes are refused. " + saved + " Stop this node, move " + file.getParent() + " aside, run"
                + " bin/dragoman restore " + rescue + " " + file.getParent() + " and start it again.";
        LOG.error(lost);
    }

    private String rescue(Path target) {
        try {
            Files.createDirectories(target.getParent());
            // BACKUP finds the database's file by listing the directory, then copies the store it
            // has open: an empty file under the old name is enough for it to copy the real content.
            boolean placeholder = !Files.exists(file);
            if (placeholder) {
                Files.createFile(file);
            }
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            } finally {
                if (placeholder && Files.size(file) == 0) {
                    Files.delete(file);
                }
            }
            return "Everything the node held was saved to " + target + ".";
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.errorf(e, "Could not save the database held by this node to %s", target);
            return "Saving what the node held to " + target + " failed (" + e.getMessage() + "): make a backup with"
                    + " bin/dragoman backup -o FILE before stopping the node.";
        }
    }

    private static Object key(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException e) {
            return null;
        }
    }
}
