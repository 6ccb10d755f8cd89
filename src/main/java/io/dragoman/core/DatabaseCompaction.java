package io.dragoman.core;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives the pages a bulk write superseded back to the disk. H2 keeps every page an import replaced
 * until it compacts the file, and it compacts little when it closes: importing a 58.7 MB TMX left
 * a 578 MB file, which {@code SHUTDOWN COMPACT} rewrote to 58 MB (docs/benchmarks.md). That statement closes
 * the database for every connection, so it runs only where this process holds the file and no
 * other process (a server, another command) is connected to it through {@code AUTO_SERVER}.
 */
@ApplicationScoped
public class DatabaseCompaction {
    private static final Logger LOG = Logger.getLogger(DatabaseCompaction.class);
    /** A compaction in the background stops after this long; the next look asks again. */
    private static final Duration ONLINE_BUDGET = Duration.ofMinutes(3);
    /** Steps in a row that made no progress before a compaction stops (and is tried again later). */
    private static final int STALLED_STEPS = 20;
    /**
     * The share of the file, and of its chunks, holding live data at which a compaction has done its
     * work. At 80 % of each a file may still be 1.56× its data: 100,000 short units were left at 3.1×
     * their TMX that way.
     */
    private static final int DENSE_FILL_RATE = 90;
    /** Chunks fuller than this are left as they are (H2's own threshold for its housekeeping). */
    private static final int REWRITE_BELOW_FILL_RATE = 90;
    /** Bytes a step rewrites and moves: bounds how long writers wait on one step. */
    private static final int STEP_BYTES = 16 << 20;
    /** Between steps, so that writers waiting on the store get their turn. */
    private static final int PAUSE_MILLIS = 50;
    /** Below this share of live data in the file or its chunks, the file is worth compacting. */
    private static final int SPARSE_FILL_RATE = 50;
    /** Files smaller than this are not worth a look by {@link #compactIfSparse}. */
    private static final long SPARSE_CHECK_FLOOR = 16L << 20;
    private final DatabaseLocation location;
    private final String url;
    private final String user;
    private final String password;
    private final AgroalDataSource pool;
    private final Event<DatabaseClosing> closing;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dragoman-compaction");
        thread.setDaemon(true);
        return thread;
    });
    /** A compaction is under way or queued: a look meanwhile asks for none. */
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    /** The file's size after the last compaction of the open file, for {@link #compactIfSparse}. */
    private volatile long leftAt;
    /**
     * The file's size when the last compaction stopped short of dense (it stalled or ran out of
     * time, e.g. beside a command-line import still writing); 0 when it finished.
     */
    private volatile long shortAt;

    DatabaseCompaction(DatabaseLocation location, AgroalDataSource pool, Event<DatabaseClosing> closing,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.location = location;
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
        this.pool = pool;
        this.closing = closing;
    }

    /**
     * Compacts the open file in the background when it has grown past twice what the last
     * compaction left (and {@value #SPARSE_CHECK_FLOOR} bytes) and is mostly free space, whatever
     * wrote it: an import job, the sweep of a killed import, a memory's deletion, a command-line
     * import that joined this server's file through AUTO_SERVER. A server that imported the Debian
     * TMX as a job kept a 586 MB file for 58 MB of data until it stopped, and 2.3.232 compacts little
     * even then. Cheap enough for a periodic task: one file size, then the store's fill rates. A
     * compaction that leaves the file mostly free (readers still held old pages) does not move the
     * mark, so the next look tries again. Nothing on PostgreSQL.
     */
    public void compactIfSparse(String what) {
        Optional<Path> file = location.h2File();
        if (file.isEmpty() || running.get()) {
            return;
        }
        long size = size(file.get());
        // A compaction cut short is taken up again once the file has grown by a step's worth since.
        boolean resume = shortAt > 0 && size >= shortAt + SPARSE_CHECK_FLOOR;
        if (!resume && size < Math.max(SPARSE_CHECK_FLOOR, 2 * leftAt)) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            if (connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local) {
                org.h2.mvstore.MVStore store = local.getDatabase().getStore().getMvStore();
                // Pages superseded less than H2's retention time ago still count as used in the file,
                // not in their chunks.
                int fillBelow = resume ? DENSE_FILL_RATE : SPARSE_FILL_RATE;
                if ((store.getFillRate() < fillBelow || store.getFileStore().getChunksFillRate() < fillBelow)
                        && running.compareAndSet(false, true)) {
                    background.execute(() -> {
                        try {
                            compactOpen(ONLINE_BUDGET).ifPresent(done -> LOG.infof("After %s: %s", what, done));
                        } finally {
                            running.set(false);
                        }
                    });
                }
            }
        } catch (SQLException | RuntimeException e) {
            running.set(false);
            LOG.debugf("Could not look at the database file: %s", e.getMessage());
        }
    }

    /**
     * Lets a compaction under way finish its step while the connection pool is still open (a
     * {@code @PreDestroy} ran after the pool had closed the step's connection under it).
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        // Not an interrupt: one during a step's file I/O closes H2's file channel under the store.
        stopping = true;
        background.shutdown();
        background.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * Gives superseded pages back while the database stays open, in steps, for at most {@code budget}
     * or until a few steps in a row no longer shrink the file: each step rewrites half-empty chunks
     * and moves chunks towards the start of the file, which it then truncates. Writers that must
     * flush to the file wait while a step runs; readers do not. Empty on PostgreSQL and where this
     * process joined another's file (the owner's store is not reachable from here).
     *
     * <p>H2 2.3 offers this through its engine, not SQL (the engine's own {@code compactFile} stops
     * while the chunks are dense, however much free space lies between them). A step overwrites a
     * chunk only after syncing the file; rewriting needs the store's retention time at 0, the time
     * that otherwise guards chunks the operating system may not have written yet (45 s), so it is
     * put back after every step.
     */
    public Optional<String> compactOpen(Duration budget) {
        Optional<Path> file = location.h2File();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        long before = size(file.get());
        long start = System.nanoTime();
        long stopAt = start + budget.toNanos();
        int steps = 0;
        String live = "";
        try (Connection connection = pool.getConnection()) {
            if (!(connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local)) {
                return Optional.of("the database file was left as it is: another process has it open");
            }
            org.h2.mvstore.MVStore store = local.getDatabase().getStore().getMvStore();
            if (!(store.getFileStore() instanceof org.h2.mvstore.RandomAccessStore chunks)) {
                return Optional.of("the database file was left as it is: its store is "
                        + store.getFileStore().getClass().getSimpleName());
            }
            long previous = before;
            int fill = store.getFillRate();
            int chunkFill = chunks.getChunksFillRate();
            for (int stalled = 0; (steps == 0 || fill < DENSE_FILL_RATE || chunkFill < DENSE_FILL_RATE)
                    && stalled < STALLED_STEPS && System.nanoTime() < stopAt && !stopping; steps++) {
                int retention = store.getRetentionTime();
                store.setRetentionTime(0);
                try {
                    store.compact(REWRITE_BELOW_FILL_RATE, STEP_BYTES);
                    chunks.sync();
                    chunks.compactMoveChunks(100, STEP_BYTES, store);
                } finally {
                    store.setRetentionTime(retention);
                }
                long now = size(file.get());
                int nowFill = store.getFillRate();
                int nowChunkFill = chunks.getChunksFillRate();
                // Rewriting grows the file and moving fills holes before the file shrinks, so a step
                // that did not shrink it is not yet a failure; many in a row are. A step counts as
                // progress against the step before, not the smallest size seen: beside a command-line
                // import still writing, the file outgrows that size for good, and every step after
                // the import, shrinking 121 MB to 58 MB, counted as stalled.
                boolean progress = now < previous || nowFill > fill || nowChunkFill > chunkFill;
                stalled = progress ? 0 : stalled + 1;
                previous = now;
                fill = nowFill;
                chunkFill = nowChunkFill;
                Thread.sleep(PAUSE_MILLIS);
            }
            // Small stores keep a low chunk fill rate however often they are compacted: the file's counts.
            if (fill >= SPARSE_FILL_RATE) {
                leftAt = size(file.get());
            }
            shortAt = fill < DENSE_FILL_RATE || chunkFill < DENSE_FILL_RATE ? size(file.get()) : 0;
            live = String.format(" (%d %% of the file and %d %% of its chunks live)", fill, chunkFill);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the database file was left as it is: " + e.getMessage());
        }
        return Optional.of(String.format("compacted the open database file from %s to %s in %d steps, %.1f s%s",
                megabytes(before), megabytes(size(file.get())), steps, (System.nanoTime() - start) / 1e9, live));
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
            // The file watch and the timers that use the database stop on it.
            closing.fire(new DatabaseClosing());
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
