package io.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory whose H2 file went missing (deleted, moved, a volume not mounted) does not
 * quietly become a new, empty Dragoman with a new admin password: the server and the command line
 * refuse to start and say how to get the data back.
 */
class MissingDatabaseIT {
    @TempDir
    Path work;

    @Test
    void aDataDirectoryThatLostItsDatabaseFileIsNotStartedEmpty() throws Exception {
        assumeTrue(!PackagedApp.onPostgres(), "the file that can go missing is the embedded H2 file");
        Path data;
        String password;
        try (PackagedApp app = PackagedApp.start(work)) {
            data = app.dataDir();
            password = app.adminPassword();
        }
        assertTrue(Files.exists(data.resolve("dragoman.database")), "the first start marks the directory");
        Files.delete(data.resolve("dragoman.mv.db"));

        Path log = work.resolve("refused.log");
        Process server = new ProcessBuilder(List.of("java", "-Ddragoman.data-dir=" + data,
                "-Dquarkus.http.port=" + Processes.freePort(), "-jar", PackagedApp.jar().toString()))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(server.waitFor(2, TimeUnit.MINUTES), "the server kept running:\n" + Files.readString(log));
        assertNotEquals(0, server.exitValue());
        String said = Files.readString(log);
        assertTrue(said.contains(data.resolve("dragoman.mv.db") + " is missing"), said);
        assertTrue(said.contains("bin/dragoman restore BACKUP.zip " + data), said);
        assertFalse(Files.exists(data.resolve("dragoman.mv.db")), "an empty database was made in its place");
        assertEquals(password, Files.readString(data.resolve("admin-password")).strip(), "the admin password changed");

        Processes.Run command = Processes.dragoman(work, java.util.Map.of("JAVA_OPTS", "-Ddragoman.data-dir=" + data),
                "memories");
        assertNotEquals(0, command.exit(), command.out());
        assertTrue(command.err().contains("is missing"), command.err());
        assertFalse(Files.exists(data.resolve("dragoman.mv.db")), "the command line made an empty database");

        // Deleting the marker is how a user says an empty start is what they want.
        Files.delete(data.resolve("dragoman.database"));
        try (PackagedApp fresh = PackagedApp.start(work)) {
            assertTrue(Files.exists(data.resolve("dragoman.mv.db")));
        }
    }
}
