package io.dragoman.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.core.Fuzz;
import io.dragoman.core.HostileFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TBX, CSV and TSV glossary readers on mutated real files (see {@link HostileFile}): each
 * reads, or fails with a Dragoman error (TBX errors at a line and column), and no entity is
 * ever resolved. {@code -Ddragoman.fuzz.tries=10000} runs the long version.
 */
class GlossaryFuzzTest {
    private static final List<String> TBX = List.of("src/test/resources/glossary/tbx-v2.tbx",
            "src/test/resources/glossary/tbx-v3-dca.tbx", "src/test/resources/glossary/tbx-v3-dct.tbx",
            "src/test/resources/glossary/xxe.tbx", "src/test/resources/glossary/malformed.tbx",
            "src/test/resources/web/ceasefire-terms.tbx");
    private static final List<String> TABLES = List.of("src/test/resources/glossary/every-field.csv",
            "src/test/resources/glossary/per-concept.csv");

    @TempDir
    Path dir;

    @Test
    void mutatedTbxFilesReadOrFailAsFormatErrors() throws IOException {
        check("TBX reader", TBX, GlossaryFormat.TBX);
    }

    @Test
    void mutatedCsvAndTsvFilesReadOrFailAsFormatErrors() throws IOException {
        check("CSV reader", TABLES, GlossaryFormat.CSV);
        check("TSV reader", TABLES, GlossaryFormat.TSV);
    }

    private void check(String property, List<String> fixtures, GlossaryFormat format) throws IOException {
        try (HostileFile hostile = new HostileFile(dir)) {
            int[] outcomes = new int[2];
            Fuzz.check(property, 150, random -> {
                Path fixture = Path.of(fixtures.get(random.nextInt(fixtures.size())));
                byte[] original = Files.readAllBytes(fixture);
                if (format == GlossaryFormat.TSV) {
                    original = new String(original, java.nio.charset.StandardCharsets.UTF_8).replace(',', '\t')
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                byte[] bytes = hostile.mutate(original, random);
                try {
                    ParsedGlossary parsed = GlossaryExchange.parse(new ByteArrayInputStream(bytes), format, "case." + format.code);
                    assertFalse(HostileFile.leaks(parsed), "an entity was resolved");
                    outcomes[0]++;
                } catch (DragomanException e) {
                    if (e instanceof FormatException f && format.isTbx()) {
                        assertTrue(HostileFile.placed(f), () -> "no place in " + e.getMessage());
                    }
                    assertFalse(HostileFile.leaks(e.getMessage()), "an entity was resolved");
                    outcomes[1]++;
                }
            });
            assertEquals(0, hostile.fetches(), "a reader fetched an external DTD or entity");
            assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "cases must both read and fail: " + outcomes[0] + "/" + outcomes[1]);
        }
    }
}
