package io.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.TmxDtd;
import io.dragoman.it.PackagedApp;
import io.dragoman.it.Processes;
import io.dragoman.it.Processes.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Runs the packaged command line as users and CI pipelines do ({@code bin/dragoman}, a real JVM
 * per command, its own H2 file under a fresh directory, or an emptied PostgreSQL in CI's
 * PostgreSQL pass) and checks exit codes and output.
 */
class CliIT {
    private static final Path FIXTURES = Path.of("target/test-classes/tmx").toAbsolutePath();

    @TempDir
    Path work;
    private final Map<String, String> database = PackagedApp.freshCliEnvironment();

    Run dragoman(String... args) throws IOException, InterruptedException {
        return Processes.dragoman(work, database, args);
    }

    @Test
    void theJobHeartbeatStopsBeforeTheImportCompactsAndClosesTheDatabase() throws Exception {
        // A heartbeat every few milliseconds meets the compaction: it used to find the database closed
        // under it and log a stack trace at the end of a good import (seen after a 2.9M-unit import).
        Map<String, String> env = new java.util.HashMap<>(database);
        env.put("DRAGOMAN_JOBS_HEARTBEAT_INTERVAL", "2ms");
        Run imported = Processes.dragoman(work, env, "import", FIXTURES.resolve("full-features.tmx").toString(),
                "--memory", "beat");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(!PackagedApp.onPostgres(), imported.err().contains("dragoman import: compacted the database file from"),
                imported.err());
        assertFalse(imported.err().contains("Job heartbeat failed"), imported.err());
        assertFalse(imported.err().contains("Database is already closed"), imported.err());
    }

    @Test
    void importsExportsAndTellsFailuresApartByExitCode() throws Exception {
        Run imported = dragoman("import", FIXTURES.resolve("full-features.tmx").toString(),
                FIXTURES.resolve("archive.zip").toString(), "--memory", "cli");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("Imported into memory \"cli\" (policy skip-identical): 6 units read, 6 created"),
                imported.out());
        // Not a terminal: plain progress lines, no carriage returns.
        assertTrue(imported.err().contains("import: 100% of "), imported.err());
        assertFalse(imported.err().contains("\r"));
        // Alone on its H2 file, the import gives the pages it superseded back to the disk.
        assertEquals(!PackagedApp.onPostgres(), imported.err().contains("dragoman import: compacted the database file from"),
                imported.err());
        // Compacting moves a new file over the old one: the import's own watch on the file must not take it for a loss.
        assertFalse(imported.err().contains("while this node was running"), imported.err());

        Run rejected = dragoman("import", FIXTURES.resolve("malformed.tmx").toString(), "--memory", "cli");
        assertEquals(ExitCode.BAD_INPUT, rejected.exit(), rejected.err());
        assertTrue(rejected.err().contains("malformed.tmx:10:39: not well-formed XML"), rejected.err());

        Path out = work.resolve("out.tmx");
        Run exported = dragoman("export", "--memory", "cli", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.err());
        Document doc = TmxDtd.validate(Files.readAllBytes(out));
        assertEquals(6, doc.getElementsByTagName("tu").getLength(), "the malformed file added nothing");
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("Click <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>"));

        Run unwritable = dragoman("export", "--memory", "cli", "-o", work.resolve("missing/dir/out.tmx").toString());
        assertEquals(ExitCode.FAILURE, unwritable.exit(), unwritable.err());

        Run unknown = dragoman("export", "--memory", "no-such-memory", "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("no memory has the id or name 'no-such-memory'"), unknown.err());
    }

    @Test
    void pretranslatesAnXliffFileFromTheMemoryAndRefusesBrokenOnes() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        Run imported = dragoman("import", classes.resolve("peers/news.tmx").toString(), "--memory", "news");
        assertEquals(0, imported.exit(), imported.err());

        Path out = work.resolve("brief-ar.xlf");
        Run done = dragoman("pretranslate", classes.resolve("xliff/brief-1.2.xlf").toString(), "-o", out.toString(),
                "--memory", "news", "--threshold", "50");
        assertEquals(0, done.exit(), done.err());
        String xliff = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(xliff.contains("<target xml:lang=\"ar\" state=\"final\" state-qualifier=\"exact-match\">"
                + "وصل الوفد إلى واشنطن يوم الاثنين.</target>"), xliff);
        assertTrue(done.out().contains("brief.html (en-US -> ar): 7 segments"), done.out());
        assertTrue(done.out().matches("(?s).*repetitions +2 +14\\n.*"), done.out());

        Path refused = work.resolve("refused.xlf");
        Run broken = dragoman("pretranslate", classes.resolve("xliff/broken-codes-1.2.xlf").toString(), "-o", refused.toString());
        assertEquals(ExitCode.BAD_INPUT, broken.exit(), broken.err());
        assertTrue(broken.err().contains("broken-codes-1.2.xlf:8:"), broken.err());
        assertFalse(Files.exists(refused), "nothing written");

        Run notXliff = dragoman("pretranslate", FIXTURES.resolve("full-features.tmx").toString(), "-o", refused.toString());
        assertEquals(ExitCode.BAD_INPUT, notXliff.exit(), notXliff.err());
        assertTrue(notXliff.err().matches("(?s).*full-features\\.tmx:3:\\d+: not an XLIFF file.*"), notXliff.err());
        Run oldVersion = dragoman("pretranslate", classes.resolve("xliff/xliff-1.1.xlf").toString(), "-o", refused.toString());
        assertEquals(ExitCode.BAD_INPUT, oldVersion.exit(), oldVersion.err());
        assertTrue(oldVersion.err().matches("(?s).*xliff-1\\.1\\.xlf:2:\\d+: XLIFF version '1\\.1' is not supported.*"), oldVersion.err());
        assertFalse(Files.exists(refused), "nothing written");
    }

    @Test
    void exportsTheGlossaryAsTbxV2AndAsAnOmegatGlossary() throws Exception {
        // Command-line runs leave seeding to the server's first start: load the curated glossary here.
        Run loaded = dragoman("glossary", "import", Path.of("glossary/dragoman-glossary.tbx").toAbsolutePath().toString());
        assertEquals(0, loaded.exit(), loaded.err());
        Path tbx = work.resolve("glossary-v2.tbx");
        Run v2 = dragoman("glossary", "export", "-o", tbx.toString(), "--format", "tbx2");
        assertEquals(0, v2.exit(), v2.err());
        String martif = Files.readString(tbx, StandardCharsets.UTF_8);
        assertTrue(martif.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\""), martif);
        assertTrue(martif.contains("<term>Pentagon</term>"), "the curated glossary is exported");

        Path omegat = work.resolve("glossary.utf8");
        Run tsv = dragoman("glossary", "export", "-o", omegat.toString(), "--format", "omegat", "--source-lang", "ar");
        assertEquals(0, tsv.exit(), tsv.err());
        List<String> lines = Files.readAllLines(omegat, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("البنتاجون\tPentagon\tpreferred")), String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 3));
    }
}
