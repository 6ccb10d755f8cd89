package io.dragoman.tm.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.core.Fuzz;
import io.dragoman.core.HostileFile;
import io.dragoman.text.LanguageTag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every TMX fixture (plain, gzipped, zipped), mutated by {@link HostileFile}, read the way an
 * import reads it (decompression with the expansion cap, the StAX reader, the unit mapper): it
 * reads, or it fails with a Dragoman error that places XML errors at a line and column, and it
 * never resolves an entity. {@code -Ddragoman.fuzz.tries=10000} runs the long version.
 */
class TmxFuzzTest {
    private static final long EXPANDED_CAP = 8_000_000;

    @TempDir
    Path dir;

    @Test
    void mutatedTmxFilesReadOrFailAsFormatErrors() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/tmx"))) {
            fixtures = files.filter(f -> !f.toString().endsWith(".dtd")).sorted().toList();
        }
        try (HostileFile hostile = new HostileFile(dir)) {
            int[] outcomes = new int[2];
            Fuzz.check("TMX reader", 150, random -> {
                Path fixture = fixtures.get(random.nextInt(fixtures.size()));
                String name = fixture.getFileName().toString();
                Path file = Files.write(dir.resolve("case-" + name), hostile.mutate(Files.readAllBytes(fixture), random));
                try {
                    assertFalse(HostileFile.leaks(readAll(new ImportFile(name, file))), "an entity was resolved");
                    outcomes[0]++;
                } catch (DragomanException e) {
                    if (e instanceof FormatException format && !name.endsWith(".gz") && !name.endsWith(".zip")) {
                        assertTrue(HostileFile.placed(format), () -> "no place in " + e.getMessage());
                    }
                    assertFalse(HostileFile.leaks(e.getMessage()), "an entity was resolved");
                    outcomes[1]++;
                }
            });
            assertEquals(0, hostile.fetches(), "a reader fetched an external DTD or entity");
            assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "cases must both read and fail: " + outcomes[0] + "/" + outcomes[1]);
        }
    }

    /** Reads every unit of every TMX stream of the file as the importer does; answers what was read. */
    private static String readAll(ImportFile file) throws IOException {
        StringBuilder read = new StringBuilder();
        new TmxInput(EXPANDED_CAP).open(file, (name, xml) -> read(name, xml, read));
        return read.toString();
    }

    private static void read(String name, InputStream xml, StringBuilder out) {
        try (TmxReader reader = TmxReader.open(xml, name)) {
            UnitMapper mapper = new UnitMapper(1, name, LanguageTag.ENGLISH, "fuzz", OffsetDateTime.now());
            for (TmxUnit unit = reader.next(); unit != null; unit = reader.next()) {
                out.append(unit).append(mapper.map(unit));
            }
        }
    }
}
