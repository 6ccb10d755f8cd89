package io.dragoman.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageFullExceptionTest {

    @Test
    void aFullDiskIsFoundInTheSuppressedErrorsOfAFailedCommit() {
        // As Narayana reports a commit that H2 refused: the driver's error is suppressed, not a cause.
        IllegalStateException rollback = new IllegalStateException("Could not commit transaction.");
        rollback.addSuppressed(new SQLException("General error", "HY000",
                new IllegalStateException("Writing to channel failed", new IOException("No space left on device"))));
        RuntimeException failure = new RuntimeException("commit failed", rollback);

        assertTrue(StorageFullException.isDiskFull(failure));
        StorageFullException full = StorageFullException.causing(failure).orElseThrow();
        assertEquals(507, full.status());
        assertTrue(full.getMessage().contains("nothing of this request was written"), full.getMessage());
    }

    @Test
    void postgresqlSaysDiskFullWithItsSqlState() {
        assertTrue(StorageFullException.isDiskFull(new RuntimeException(new SQLException("could not extend file", "53100"))));
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertFalse(StorageFullException.isDiskFull(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertFalse(StorageFullException.isDiskFull(new RuntimeException(new IOException("Connection reset"))));
        assertTrue(StorageFullException.causing(new IllegalStateException("x")).isEmpty());
    }
}
