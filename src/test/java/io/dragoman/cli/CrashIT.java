package io.dragoman.cli;

import io.dragoman.it.GeneratedTmx;
import io.dragoman.it.Processes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real Dragoman processes ({@code kill -9}) in the middle of a TMX import and checks what a
 * user meets afterwards: the next start succeeds on the first try, none of the killed import's
 * units is visible (the next start removes them), the same file then imports completely, and a
 * killed server's job is reported failed with a reason.
 */
class CrashIT {
    private static final Path SCRIPT = Processes.SCRIPT;
    private static final Path JAR = Processes.JAR;
    private static final int UNITS = 20_000;
    /** Dead imports and jobs are recognised at once, so that one restart is enough to see them removed. */
    private static final String SWEEP_NOW = "-Ddragoman.tmx.import-stale-after=0s -Ddragoman.jobs.stale-after=0s";

    @TempDir
    Path work;

    @Test
    void importKilledWhileParsingWritingOrCommittingLeavesNothingAndTheNextStartWorks() throws Exception {
        Path tmx = generate(work.resolve("generated.tmx"));
        // Kill points by the progress the import reports, a line every 256 units so that none is
        // skipped however fast the machine: as soon as it reads, past the middle, after the last unit.
        String[] killAt = {"import: ", "import: [5-9]\\d%", "import: 100%"};
        boolean killedWhileWriting = false;
        for (String point : killAt) {
            Pattern line = Pattern.compile(point);
            Process importing = Processes.start(work, List.of("bash", SCRIPT.toString(), "import", tmx.toString(), "--memory", "crash"),
                    "-Ddragoman.tmx.progress-interval=0s", work.resolve("import.err"));
            boolean reached = waitFor(work.resolve("import.err"), s -> line.matcher(s).find(), importing);
            importing.destroyForcibly().waitFor();
            assertTrue(reached || importing.exitValue() == 0, "the import stopped before " + point);
            killedWhileWriting |= reached && importing.exitValue() != 0 && !point.equals(killAt[0]);

            Process next = Processes.start(work, List.of("bash", SCRIPT.toString(), "export", "--memory", "crash", "-o",
                    work.resolve("after.tmx").toString()), SWEEP_NOW, work.resolve("next.err"));
            assertTrue(next.waitFor(5, TimeUnit.MINUTES), "the next start did not finish");
            assertTrue(next.exitValue() == 0 || next.exitValue() == ExitCode.BAD_INPUT,
                    "the next start failed after a kill at " + point + ": " + Files.readString(work.resolve("next.err")));
            long units = units("crash");
            assertTrue(units == 0 || units == UNITS, "kill at " + point + " left " + units + " units");
            if (point.equals(killAt[0])) {
                assertEquals(0, units, "killed while reading its first units, the import cannot have committed");
            }
            if (units == 0 && !point.equals(killAt[0])) {
                // Midway or later the ledger row certainly exists (at the first progress line it may not
                // yet): the restart must have removed it.
                assertTrue(Files.readString(work.resolve("next.err")).contains("Removing the units of unfinished import"),
                        Files.readString(work.resolve("next.err")));
            }
            assertEquals(0, count("select count(*) from unit_import"), "the dead import is still in the ledger");
            if (units == 0) {
                // The sweep gave the killed import's pages back: the file is not left at its size.
                long file = Files.size(work.resolve("data/dragoman.mv.db"));
                assertTrue(file <= 3 * Files.size(tmx), "after a kill at " + point + " the file stayed at " + file
                        + " bytes, for a TMX of " + Files.size(tmx) + "\n" + Files.readString(work.resolve("next.err")));
            }
            if (units == UNITS) {
                break;
            }
        }
        // Otherwise a machine fast enough to finish before the midway line would test nothing.
        assertTrue(killedWhileWriting, "no kill landed while the import was writing");
        if (units("crash") == UNITS) {
            return;
        }
        Process clean = Processes.start(work, List.of("bash", SCRIPT.toString(), "import", tmx.toString(), "--memory", "crash"), "",
                work.resolve("clean.err"));
        assertTrue(clean.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, clean.exitValue(), Files.readString(work.resolve("clean.err")));
        assertEquals(UNITS, units("crash"));
    }

    @Test
    void serverKilledDuringAnImportJobReportsTheJobFailedAfterRestart() throws Exception {
        Path tmx = generate(work.resolve("generated.tmx"));
        int port = Processes.freePort();
        String opts = "-Dquarkus.http.port=" + port;
        Process server = Processes.start(work, List.of("java", "-jar", JAR.toString()), opts, work.resolve("server.err"));
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        Processes.awaitReady(http, base, server);
        String admin = Processes.admin(work.resolve("data"));
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports?memory=job"))
                .header("Content-Type", "application/xml").header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = field(submitted.body(), "id");
        String job = base + "/api/imports/" + id;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!get(http, job, admin).matches("(?s).*\"unitsRead\":[1-9].*") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        server.destroyForcibly().waitFor();

        Process restarted = Processes.start(work, List.of("java", "-jar", JAR.toString()), opts + " " + SWEEP_NOW,
                work.resolve("restart.err"));
        try {
            Processes.awaitReady(http, base, restarted);
            String after = get(http, job, admin);
            if (!after.contains("\"status\":\"succeeded\"")) {
                assertEquals("failed", field(after, "status"), after);
                assertNotNull(field(after, "detail"), after);
                // What users see, through the server: a direct connection beside a server that is
                // removing the killed job's units waits on its table locks.
                HttpResponse<String> units = http.send(HttpRequest.newBuilder(URI.create(base + "/api/units?memory=job&size=1")).header("Authorization", admin)
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(units.statusCode() == 404 || units.body().contains("\"total\":0"),
                        "visible units of the killed job: " + units.statusCode() + " " + units.body() + "\n"
                                + Files.readString(work.resolve("restart.err")));
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /**
     * A server keeps running after an import job, so no close compacts its file: the space the job's
     * writes superseded must come back while it serves, and every unit must still be there after.
     */
    @Test
    void aServerGivesTheSpaceOfAnImportJobBackWhileItRuns() throws Exception {
        Path tmx = GeneratedTmx.write(work.resolve("larger.tmx"), 3 * UNITS);
        try (Server s = server("")) {
            HttpClient http = s.http();
            String base = s.base();
            String admin = Processes.admin(work.resolve("data"));
            Path file = work.resolve("data/dragoman.mv.db");
            long before = Files.size(file);
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports?memory=big"))
                    .header("Content-Type", "application/xml").header("Authorization", admin)
                    .POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, submitted.statusCode(), submitted.body());
            String job = base + "/api/imports/" + field(submitted.body(), "id");
            long peak = before;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            String state = get(http, job, admin);
            while (!state.matches("(?s).*\"status\":\"(succeeded|failed)\".*") && System.nanoTime() < deadline) {
                peak = Math.max(peak, Files.size(file));
                Thread.sleep(200);
                state = get(http, job, admin);
            }
            assertEquals("succeeded", field(state, "status"), state);
            // The data's own size is the file the next close would compact to; 3× the TMX is the bound users were promised.
            long bound = before + 3 * Files.size(tmx);
            while (Files.size(file) > bound && System.nanoTime() < deadline) {
                peak = Math.max(peak, Files.size(file));
                Thread.sleep(500);
            }
            assertTrue(peak > bound, "the import never grew the file past " + bound + " bytes (peak " + peak
                    + "): too small to show anything");
            assertTrue(Files.size(file) <= bound, "the file stayed at " + Files.size(file) + " bytes (peak " + peak
                    + ", before the import " + before + ", TMX " + Files.size(tmx) + ")\n" + Files.readString(work.resolve("server.err")));
            String units = get(http, base + "/api/units?memory=big&size=1", admin);
            assertTrue(units.contains("\"total\":" + 3 * UNITS), units);
        }
    }

    /**
     * A command-line import that joins a running server's file cannot compact it, and the server did
     * not write it: the server's periodic look at the file finds it mostly free and compacts it.
     */
    @Test
    void aServerCompactsTheFileAfterACommandLineImportThatJoinedIt() throws Exception {
        Path tmx = GeneratedTmx.write(work.resolve("joined.tmx"), 5 * UNITS);
        try (Server s = server(" -Ddragoman.tmx.sweep-interval=2s")) {
            HttpClient http = s.http();
            String base = s.base();
            Path file = work.resolve("data/dragoman.mv.db");
            long before = Files.size(file);
            Process importing = Processes.start(work, List.of("bash", SCRIPT.toString(), "import", tmx.toString(), "--memory",
                    "joined"), "", work.resolve("import.err"));
            assertTrue(importing.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, importing.exitValue(), Files.readString(work.resolve("import.err")));
            assertTrue(Files.readString(work.resolve("import.err")).contains("another process has it open"),
                    "the import did not join the server's file: " + Files.readString(work.resolve("import.err")));
            long peak = Files.size(file);
            long bound = before + 3 * Files.size(tmx);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (Files.size(file) > bound && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertTrue(peak > bound, "the import left " + peak + " bytes, under " + bound + ": too small to show anything");
            assertTrue(Files.size(file) <= bound, "the file stayed at " + Files.size(file) + " bytes (" + peak
                    + " after the import, " + before + " before it, TMX " + Files.size(tmx) + ")\n"
                    + Files.readString(work.resolve("server.err")));
            String admin = Processes.admin(work.resolve("data"));
            String units = get(http, base + "/api/units?memory=joined&size=1", admin);
            assertTrue(units.contains("\"total\":" + 5 * UNITS), units);
        }
    }

    /** A packaged server on this test's data directory, ready; its log (on stderr) in server.err. */
    private record Server(Process process, HttpClient http, String base) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(1, TimeUnit.MINUTES);
        }
    }

    private Server server(String options) throws Exception {
        int port = Processes.freePort();
        Process process = Processes.start(work, List.of("java", "-jar", JAR.toString()),
                "-Dquarkus.http.port=" + port + " -Dquarkus.log.console.stderr=true" + options, work.resolve("server.err"));
        Server server = new Server(process, HttpClient.newHttpClient(), "http://127.0.0.1:" + port);
        try {
            Processes.awaitReady(server.http(), server.base(), process);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static boolean waitFor(Path file, Predicate<String> condition, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && condition.test(Files.readString(file))) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("gave up waiting on " + file);
    }

    private static String get(HttpClient http, String url, String admin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** Units stored in the memory, visible or not (the seed loads units of its own). */
    private long units(String memory) throws SQLException {
        return count("select count(*) from translation_unit u join memory m on m.id = u.memory_id where m.name = '"
                + memory + "'");
    }

    /** A count straight from the H2 file (shared with a running server through AUTO_SERVER). */
    private long count(String sql) throws SQLException {
        // A restarted server may be removing a killed import's units meanwhile: wait for its locks.
        String url = "jdbc:h2:file:" + work.resolve("data/dragoman") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=120000";
        try (Connection c = DriverManager.getConnection(url, "dragoman", "")) {
            long count;
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                count = rs.getLong(1);
            }
            // Opened here, the file would stay this JVM's after the connection closes, and the next
            // command would join it through AUTO_SERVER rather than hold it, as after a real crash.
            if (c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal) {
                c.createStatement().execute("SHUTDOWN");
            }
            return count;
        }
    }

    /** {@value #UNITS} distinct Arabic-English units. */
    static Path generate(Path file) throws IOException {
        return io.dragoman.it.GeneratedTmx.write(file, UNITS);
    }
}
