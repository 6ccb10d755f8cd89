package io.dragoman.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The disk that holds the database is full: the write was refused and rolled back, so nothing of it
 * was stored. Answered as 507 Insufficient Storage (RFC 4918: the server cannot store what the
 * request needs) rather than 503 with Retry-After, because no retry succeeds until someone frees
 * space: an automatic retry would only fill the disk again.
 */
public final class StorageFullException extends DragomanException {
    /** Below this, a failed write of the embedded database is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 16L << 20;
    private static final int MAX_EXCEPTIONS_SEARCHED = 200;
    /** PostgreSQL's {@code disk_full}. */
    private static final String DISK_FULL_STATE = "53100";

    public StorageFullException(String message) {
        super(message);
    }

    @Override public String type() { return "insufficient-storage"; }

    @Override public String title() { return "Disk full"; }

    @Override public int status() { return 507; }

    /** The full disk behind {@code failure}, if that is what it is, told in the user's terms. */
    public static Optional<StorageFullException> causing(Throwable failure) {
        if (!isDiskFull(failure)) {
            return Optional.empty();
        }
        return Optional.of(new StorageFullException("the disk that holds Dragoman's database is full (no space left"
                + " on device): nothing of this request was written. Free space in " + dataPath().map(Path::toString)
                .orElse("the data directory") + " (or give it a larger disk) and try again"));
    }

    /**
     * The JDBC driver does not always keep the {@code IOException} in the cause chain (H2 reports
     * the failed write of a page as "Writing to … failed", later ones as "Could not save
     * properties", and once it has closed the store every statement fails as "The database has been
     * closed" and a new connection times out), and a failed commit carries the driver's errors as
     * suppressed exceptions: both are searched, and on the embedded database any database or I/O
     * failure while its disk is nearly full counts too, since that is then its likely cause.
     */
    static boolean isDiskFull(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        boolean writeFailed = false;
        while (!pending.isEmpty() && seen.size() < MAX_EXCEPTIONS_SEARCHED) {
            Throwable cause = pending.pop();
            if (!seen.add(cause)) {
                continue;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")
                    || cause instanceof SQLException sql && DISK_FULL_STATE.equals(sql.getSQLState())) {
                return true;
            }
            writeFailed |= cause instanceof SQLException || cause instanceof IOException
                    || cause.getClass().getName().startsWith("org.h2.");
            if (cause.getCause() != null) {
                pending.push(cause.getCause());
            }
            pending.addAll(List.of(cause.getSuppressed()));
        }
        // Only the embedded database lives in the data directory: a node on PostgreSQL with a full
        // local disk still reports its database errors as what they are (503 while it is away).
        return writeFailed && embedded() && dataPath().map(StorageFullException::nearlyFull).orElse(false);
    }

    private static boolean embedded() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class)
                .map("h2"::equals).orElse(false);
    }

    private static Optional<Path> dataPath() {
        return ConfigProvider.getConfig().getOptionalValue(DataDirectory.DATA_PATH, String.class).map(Path::of);
    }

    private static boolean nearlyFull(Path dir) {
        try {
            return Files.isDirectory(dir) && Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
