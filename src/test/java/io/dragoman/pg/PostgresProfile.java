package io.dragoman.pg;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs Dragoman on PostgreSQL instead of the embedded H2, at the URL in
 * {@code DRAGOMAN_TEST_PG_URL} (set by {@code .ci/run}, which starts a private server).
 */
public class PostgresProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("DRAGOMAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/dragoman"),
                "quarkus.datasource.username", "dragoman",
                "quarkus.datasource.password", "dragoman",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
