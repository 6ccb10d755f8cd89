package io.dragoman.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static String dataPath(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 300))
                .withSources(new DataDirectory())
                .build();
        return config.getValue(DataDirectory.DATA_PATH, String.class);
    }

    @Test
    void anAbsoluteDirectoryIsKeptAsGiven() {
        assertEquals("/srv/dragoman/tm", dataPath(Map.of(DataDirectory.DATA_DIR, "/srv/dragoman/tm")));
    }

    @Test
    void aRelativeDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertEquals(Path.of("").toAbsolutePath().resolve("team/tm").toString(),
                dataPath(Map.of(DataDirectory.DATA_DIR, "team/./tm")));
    }

    @Test
    void withoutADirectoryTheDatabaseLivesUnderData() {
        assertEquals(Path.of("").toAbsolutePath().resolve("data").toString(), dataPath(Map.of()));
    }

    @Test
    void onlyADirectoryThatHeldTheDatabaseAndLostItsFileForbidsCreatingOne(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        assertEquals("", DataDirectory.h2Options(dir), "a new directory: the first start creates the database");
        java.nio.file.Files.writeString(dir.resolve("dragoman.mv.db"), "");
        DataDirectory.markHoldsDatabase(dir);
        assertEquals("", DataDirectory.h2Options(dir), "the database is there");
        java.nio.file.Files.delete(dir.resolve("dragoman.mv.db"));
        assertEquals(";IFEXISTS=TRUE", DataDirectory.h2Options(dir), "marked, and the file has gone");
    }
}
