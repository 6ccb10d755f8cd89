package io.dragoman.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The command-line tests' database: an H2 file under target/, so that each launch (a fresh
 * application) and the test itself open the same data, as a CLI and a server share a file in use.
 */
public class QaCliProfile implements QuarkusTestProfile {
    static final String URL = "jdbc:h2:file:./target/qa-cli-test/" + ProcessHandle.current().pid() + "/dragoman";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", URL, "dragoman.match.enabled", "false");
    }
}
