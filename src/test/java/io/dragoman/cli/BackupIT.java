package io.dragoman.cli;

import io.dragoman.it.Processes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backs up a database while its server runs ({@code bin/dragoman backup}), restores it into a new
 * data directory ({@code bin/dragoman restore}) and finds every row of every table back, texts
 * equal to the last character: units, concepts, alignments, QA ignores, the change log.
 */
class BackupIT {
    private static final Path FIXTURES = Path.of("target/test-classes").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String admin;

    @TempDir
    Path work;

    @Test
    void backupWhileServingRestoresEveryRowAndExportAllWritesOpenFormats() throws Exception {
        Path original = Files.createDirectories(work.resolve("original"));
        int port = Processes.freePort();
        Process server = Processes.start(original, List.of("java", "-Dquarkus.http.port=" + port, "-jar",
                Processes.JAR.toString()), "", original.resolve("server.err"));
        String base = "http://127.0.0.1:" + port;
        try {
            Processes.awaitReady(HTTP, base, server);
            admin = Processes.admin(original.resolve("data"));
            assertEquals(0, Processes.dragoman(original, "import", FIXTURES.resolve("tmx/full-features.tmx").toString(),
                    "--memory", "نشرات").exit());
            assertEquals(0, Processes.dragoman(original, "glossary", "import",
                    FIXTURES.resolve("glossary/tbx-v3-dca.tbx").toString()).exit());
            String alignment = post(base + "/api/alignments", "{\"document\":\"report\",\"sourceLang\":\"ar\","
                    + "\"targetLang\":\"en\",\"sourceText\":\"وصل الوفد إلى القاهرة. بدأت المحادثات صباح الأحد.\","
                    + "\"targetText\":\"The delegation arrived in Cairo. Talks began on Sunday morning.\"}");
            assertTrue(alignment.contains("\"pairs\""), alignment);
            ignoreOneQaFinding(base);

            Path backup = work.resolve("dragoman-backup.zip");
            Processes.Run backedUp = Processes.dragoman(original, "backup", "-o", backup.toString());
            assertEquals(0, backedUp.exit(), backedUp.err());
        } finally {
            server.destroy();
            server.waitFor(1, TimeUnit.MINUTES);
        }

        Path restoredDir = Files.createDirectories(work.resolve("restored"));
        Processes.Run refused = Processes.dragoman(original, "restore", work.resolve("dragoman-backup.zip").toString());
        assertEquals(ExitCode.BAD_INPUT, refused.exit(), "a non-empty data directory is refused");
        assertTrue(refused.err().contains("not empty"), refused.err());
        Processes.Run restored = Processes.dragoman(restoredDir, "restore", work.resolve("dragoman-backup.zip").toString());
        assertEquals(0, restored.exit(), restored.err());

        Map<String, List<String>> before = tables(original);
        Map<String, List<String>> after = tables(restoredDir);
        assertEquals(before.keySet(), after.keySet());
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), "table " + table);
        }
        for (String table : List.of("TRANSLATION_UNIT", "CONCEPT", "ALIGNMENT_PAIR", "QA_IGNORED")) {
            assertTrue(before.containsKey(table), table + " is compared");
            assertFalse(before.get(table).isEmpty(), table + " has rows to compare");
        }

        Processes.Run exported = Processes.dragoman(restoredDir, "export-all", "-o", "open-formats");
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(restoredDir.resolve("open-formats/نشرات.tmx")).contains("<tu"));
        assertTrue(Files.readString(restoredDir.resolve("open-formats/glossary.tbx")).contains("<conceptEntry"));
    }

    private static void ignoreOneQaFinding(String base) throws Exception {
        String run = post(base + "/api/qa/runs", "{}");
        String runId = group(run, "\"id\":(\\d+)");
        String status;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        do {
            Thread.sleep(200);
            status = group(get(base + "/api/qa/runs/" + runId), "\"status\":\"(\\w+)\"");
        } while (!status.equals("succeeded") && !status.equals("failed") && System.nanoTime() < deadline);
        assertEquals("succeeded", status);
        String findings = get(base + "/api/qa/runs/" + runId + "/findings");
        String findingId = group(findings, "\"items\":\\[\\{\"id\":(\\d+)");
        post(base + "/api/qa/findings/" + findingId + "/ignore", "{\"reason\":\"house style\"}");
    }

    /** Every row of every table, as text, in primary-key order. */
    private static Map<String, List<String>> tables(Path dataHome) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataHome.resolve("data/dragoman"),
                "dragoman", "")) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("select * from \"" + name + "\" order by 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(name, rows);
            }
            // Release the file at once: the next command opens it from another process.
            c.createStatement().execute("SHUTDOWN");
        }
        return tables;
    }

    private static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, url + " → " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " not in " + text);
        return m.group(1);
    }
}
