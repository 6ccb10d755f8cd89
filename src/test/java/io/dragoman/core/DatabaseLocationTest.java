package io.dragoman.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void namesTheH2File() {
        assertEquals("Database: H2 file /srv/tm/dragoman.mv.db",
                DatabaseLocation.describe("jdbc:h2:file:/srv/tm/dragoman;AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void neverLogsTheParametersOfAPostgresUrl() {
        assertEquals("Database: jdbc:postgresql://db.internal/dragoman",
                DatabaseLocation.describe("jdbc:postgresql://db.internal/dragoman?password=secret"));
    }
}
