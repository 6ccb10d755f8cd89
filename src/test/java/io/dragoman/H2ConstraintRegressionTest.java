package io.dragoman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as a fresh install meets it: Flyway migrates a new H2 file on its own
 * connection and closes it while the server's pool keeps the database open; every later insert
 * into a table with a CHECK constraint must still work. H2 2.4.240 failed exactly this ("Check
 * constraint invalid"), so the first alignment, glossary edit or QA run of a new user answered 500.
 */
class H2ConstraintRegressionTest {
    /** One valid row per constrained table, parents first. */
    private static final Map<String, String> VALID_ROWS = ordered(
            "TERM", "INSERT INTO term (concept_id, lang, text, status) VALUES (1, 'ar', 'قوة حفظ السلام', 'preferred')",
            "JOB", "INSERT INTO job (id, kind, status, created_at, heartbeat_at) VALUES ('j1', 'qa-run', 'QUEUED',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            "ALIGNMENT_SEGMENT", "INSERT INTO alignment_segment (id, job_id, side, position, paragraph, text)"
                    + " VALUES (1, 1, 'source', 1, 1, 'وصل الوفد إلى واشنطن.')",
            "ALIGNMENT_PAIR", "INSERT INTO alignment_pair (id, job_id, source_start, source_count, target_start,"
                    + " target_count, confidence, status, edited) VALUES (1, 1, 1, 1, 1, 1, 0.9, 'proposed', FALSE)",
            "QA_FINDING", "INSERT INTO qa_finding (id, run_id, check_id, issue_type, severity, unit_id, content_hash,"
                    + " source_lang, target_lang, source_text, target_text, message) VALUES (1, 1, 'number-mismatch',"
                    + " 'numbers', 'error', 1, 'h', 'ar', 'en', '٣ أيام', '4 days', 'numbers differ')");

    @TempDir
    Path dir;

    private static Map<String, String> ordered(String... tableAndRow) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < tableAndRow.length; i += 2) {
            rows.put(tableAndRow[i], tableAndRow[i + 1]);
        }
        return rows;
    }

    @Test
    void insertsIntoEveryConstrainedTableAfterTheMigrationConnectionCloses() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("dragoman") + ";AUTO_SERVER=TRUE";
        // The pool's connection: it keeps the database open while Flyway's is closed.
        try (Connection pool = DriverManager.getConnection(url, "dragoman", "")) {
            Flyway.configure().dataSource(url, "dragoman", "").locations("classpath:db/migration").load().migrate();
            try (Connection other = DriverManager.getConnection(url, "dragoman", "");
                    Statement sql = other.createStatement()) {
                assertEquals(constrainedTables(sql), new TreeSet<>(VALID_ROWS.keySet()),
                        "every table with a CHECK constraint has a row in this test");
                sql.execute("INSERT INTO concept (id, created_at, changed_at) VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                sql.execute("INSERT INTO alignment_job (id, document, source_lang, target_lang, created_at, changed_at)"
                        + " VALUES (1, 'gaza-brief', 'ar', 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                for (var row : VALID_ROWS.entrySet()) {
                    sql.execute(row.getValue());
                    if (row.getKey().equals("JOB")) {
                        sql.execute("INSERT INTO qa_run (id, job_id, settings) VALUES (1, 'j1', '{}')");
                    }
                }
                // The constraints still refuse what they should, as violations, not as broken constraints.
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute(
                        "INSERT INTO term (concept_id, lang, text, status) VALUES (1, 'en', 'peace force', 'approved')"));
                assertTrue(refused.getMessage().startsWith("Check constraint violation"), refused.getMessage());
            }
            try (Statement sql = pool.createStatement()) {
                sql.execute("INSERT INTO job (id, kind, status, created_at, heartbeat_at) VALUES ('j2', 'tmx-import',"
                        + " 'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
    }

    private static Set<String> constrainedTables(Statement sql) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (var rows = sql.executeQuery("SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc"
                + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = 'PUBLIC'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
