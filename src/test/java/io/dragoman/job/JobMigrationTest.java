package io.dragoman.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V18 on a database that holds imports and QA runs from before it: every row reaches {@code job}
 * with its id, its status in the new words and its failure as a problem document, and what each
 * kind keeps (an import's report, a run's number and findings) still names it.
 */
class JobMigrationTest {
    private static final String URL = "jdbc:h2:mem:job-migration;DB_CLOSE_DELAY=-1";
    private static final String IMPORT_OK = "6f1c2e9a-0b7d-4c53-9a51-1d2f3e4a5b6c";
    private static final String IMPORT_BAD = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
    /** A failure text as QA runs stored it: quotes, a backslash and a line end to escape. */
    private static final String QA_FAILURE = "the run failed: unit \"٣\" at C:\\tm\nline 2\tend";

    @Test
    void movesImportsAndQaRunsIntoJobsKeepingTheirIds() throws Exception {
        Flyway.configure().dataSource(URL, "dragoman", "").locations("classpath:db/migration").target("17").load()
                .migrate();
        try (Connection db = DriverManager.getConnection(URL, "dragoman", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO tmx_import_job (id, status, memory_name, policy, lenient, dry_run, file_name, node,"
                    + " bytes_total, bytes_read, units_read, report, created_at, started_at, finished_at, heartbeat_at)"
                    + " VALUES ('" + IMPORT_OK + "', 'succeeded', 'قانون', 'skip-identical', FALSE, FALSE, 'law.tmx', 'n1',"
                    + " 900, 900, 4, '{\"created\":4}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO tmx_import_job (id, status, memory_name, policy, lenient, dry_run, node, bytes_total,"
                    + " problem, created_at, heartbeat_at) VALUES ('" + IMPORT_BAD + "', 'failed', 'm', 'overwrite', TRUE,"
                    + " FALSE, 'n1', 50, '{\"type\":\"/problems/format-error\",\"title\":\"Malformed file\",\"status\":422,"
                    + "\"detail\":\"bad\",\"line\":10}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            // Numbered by the table, as runs were: 1, 2, 3.
            sql.execute("INSERT INTO qa_run (settings, status, units_total, units_checked, findings, created_at,"
                    + " finished_at) VALUES ('{\"checks\":[\"whitespace\"]}', 'done', 10, 10, 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            try (var failed = db.prepareStatement("INSERT INTO qa_run (settings, status, failure, created_at)"
                    + " VALUES ('{}', 'failed', ?, CURRENT_TIMESTAMP)")) {
                failed.setString(1, QA_FAILURE);
                failed.execute();
            }
            sql.execute("INSERT INTO qa_run (settings, status, created_at) VALUES ('{}', 'queued', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO qa_finding (id, run_id, check_id, issue_type, severity, unit_id, content_hash,"
                    + " source_lang, target_lang, source_text, target_text, message) VALUES (1, 1, 'whitespace',"
                    + " 'whitespace', 'info', 1, 'h', 'ar', 'en', 'سلام  عليكم', 'peace', 'double space')");
        }

        Flyway.configure().dataSource(URL, "dragoman", "").locations("classpath:db/migration").load().migrate();

        try (Connection db = DriverManager.getConnection(URL, "dragoman", ""); Statement sql = db.createStatement()) {
            assertEquals("tmx-import SUCCEEDED 900/900", job(sql, IMPORT_OK));
            assertEquals("tmx-import FAILED 0/50", job(sql, IMPORT_BAD));
            assertEquals("qa-run SUCCEEDED 10/10", job(sql, "qa-run-1"));
            assertEquals("qa-run FAILED 0/0", job(sql, "qa-run-2"));
            assertEquals("qa-run QUEUED 0/0", job(sql, "qa-run-3"));

            assertEquals("قانون law.tmx 4 {\"created\":4}", single(sql, "SELECT memory_name || ' ' || file_name || ' '"
                    + " || units_read || ' ' || report FROM tmx_import WHERE job_id = '" + IMPORT_OK + "'"));
            ObjectMapper json = new ObjectMapper();
            JsonNode format = json.readTree(single(sql, "SELECT problem FROM job WHERE id = '" + IMPORT_BAD + "'"));
            assertEquals(10, format.get("line").asInt());
            JsonNode qa = json.readTree(single(sql, "SELECT problem FROM job WHERE id = 'qa-run-2'"));
            assertEquals("/problems/internal-error", qa.get("type").asText());
            assertEquals(QA_FAILURE, qa.get("detail").asText());
            assertNull(single(sql, "SELECT problem FROM job WHERE id = 'qa-run-1'"));

            // A run keeps its number and its findings; the next run is numbered after it.
            assertEquals("1", single(sql, "SELECT COUNT(*) FROM qa_finding f JOIN qa_run r ON r.id = f.run_id"
                    + " WHERE r.job_id = 'qa-run-1'"));
            sql.execute("INSERT INTO job (id, kind, status, created_at, heartbeat_at) VALUES ('new', 'qa-run', 'QUEUED',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO qa_run (job_id, settings) VALUES ('new', '{}')");
            assertEquals("4", single(sql, "SELECT id FROM qa_run WHERE job_id = 'new'"));
            assertFalse(tableExists(sql, "TMX_IMPORT_JOB"));
        }
    }

    private static String job(Statement sql, String id) throws SQLException {
        return single(sql, "SELECT kind || ' ' || status || ' ' || progress_done || '/' || progress_total FROM job"
                + " WHERE id = '" + id + "'");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getString(1);
        }
    }

    private static boolean tableExists(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '"
                + table + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
