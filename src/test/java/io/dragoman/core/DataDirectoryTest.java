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
}
