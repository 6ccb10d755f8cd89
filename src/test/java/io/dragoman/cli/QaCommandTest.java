package io.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dragoman qa} as a command: the report on standard output or in a file, and the exit code
 * a CI pipeline reads (0 clean, 1 errors found, 2 bad input).
 */
@QuarkusMainTest
@TestProfile(QaCliProfile.class)
// Its launches share one H2 file that the test writes to directly; JourneyIT runs bin/dragoman on PostgreSQL.
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*",
        disabledReason = "runs the command on an H2 file of its own")
class QaCommandTest {

    @Test
    void reportsACleanMemoryWithExitCodeZeroAndOneWithErrorsWithOne(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws Exception {
        Path json = dir.resolve("seed.json");
        LaunchResult clean = launcher.launch("qa", "gaza-peacekeeping-talks", "--format", "json", "-o", json.toString());
        assertEquals(0, clean.exitCode(), clean.getErrorOutput());
        String report = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(report.contains("\"memory\":\"gaza-peacekeeping-talks\""), report);
        assertTrue(report.contains("\"findings\":[]"), report);

        addBrokenUnit("cli-broken");
        LaunchResult broken = launcher.launch("qa", "cli-broken", "--format", "html");
        assertEquals(1, broken.exitCode(), broken.getErrorOutput());
        // In-process launches capture the log with the output; a real process logs to standard error.
        String html = broken.getOutput();
        assertTrue(html.contains("<!DOCTYPE html>") && html.contains("</html>"), html);
        assertTrue(html.contains("id=\"check-placeholder-mismatch\""), html);
        assertTrue((html + broken.getErrorOutput()).contains("1 errors"), broken.getErrorOutput());

        LaunchResult warningsOnly = launcher.launch("qa", "cli-broken", "--format", "csv", "--disable", "placeholder-mismatch");
        assertEquals(0, warningsOnly.exitCode(), warningsOnly.getErrorOutput());
    }

    @Test
    void badInputExitsWithTwo(QuarkusMainLauncher launcher) {
        assertEquals(2, launcher.launch("qa", "no-such-memory").exitCode());
        LaunchResult unknownCheck = launcher.launch("qa", "gaza-peacekeeping-talks", "--only", "spelling");
        assertEquals(2, unknownCheck.exitCode());
        assertTrue(unknownCheck.getErrorOutput().contains("unknown check 'spelling'"), unknownCheck.getErrorOutput());
        assertEquals(2, launcher.launch("qa", "gaza-peacekeeping-talks", "--format", "pdf").exitCode());
    }

    /**
     * Adds, straight into the database file the launches share, a memory whose one unit lost a
     * placeholder: an error.
     */
    private static void addBrokenUnit(String memory) throws Exception {
        try (Connection db = DriverManager.getConnection(QaCliProfile.URL, "dragoman", "")) {
            long memoryId;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into memory (name, created_at) values (?, current_timestamp)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, memory);
                insert.executeUpdate();
                ResultSet keys = insert.getGeneratedKeys();
                keys.next();
                memoryId = keys.getLong(1);
            }
            try (PreparedStatement insert = db.prepareStatement("insert into translation_unit (id, memory_id, source_lang,"
                    + " target_lang, source_text, target_text, source_hash, created_at, changed_at)"
                    + " values (next value for translation_unit_seq, ?, 'en', 'ar', ?, ?, ?, current_timestamp, current_timestamp)")) {
                insert.setLong(1, memoryId);
                insert.setString(2, "Could not open %s: %s");
                insert.setString(3, "تعذر فتح الملف: %s");
                insert.setString(4, "0".repeat(64));
                insert.executeUpdate();
            }
        }
    }
}
