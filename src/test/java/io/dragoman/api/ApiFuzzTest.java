package io.dragoman.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.Fuzz;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every JSON body of the API (each POST and PUT of package api) with a valid body broken one way
 * (see {@link JsonMutation}): never a 5xx, every refusal a 4xx problem+json, a 400 names the
 * field, and a refused request writes no row of any table but the audit trail, which records refusals
 * by design. {@code -Ddragoman.fuzz.tries=10000}
 * runs the long version.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @Test
    void brokenBodiesAreRefusedAsProblemsWithoutWrites() throws Exception {
        List<ApiEndpoint> endpoints = ApiEndpoint.all(ApiEndpoint.Fixture.create());
        List<String> tables = tables();
        int[] outcomes = new int[2];
        Fuzz.check("JSON endpoints", 200, random -> {
            ApiEndpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            JsonMutation mutation = JsonMutation.of(endpoint.body(), random);
            long before = rows(tables);
            long started = System.nanoTime();
            // java.net.http, not REST Assured: REST Assured spends seconds on a body nested 50,000 deep.
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(root.resolve(endpoint.path()))
                    .header("Content-Type", "application/json").header("Authorization", AdminCredentials.basic())
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(mutation.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String where = endpoint.method() + " " + endpoint.path() + " with " + mutation.describe()
                    + " answered " + status + " " + response.body().substring(0, Math.min(600, response.body().length()));
            if (System.nanoTime() - started > 2_000_000_000L) {
                System.out.printf("fuzz case slow (%d ms): %s%n", (System.nanoTime() - started) / 1_000_000, where);
            }
            assertTrue(status < 500, where);
            if (status >= 400) {
                outcomes[1]++;
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), where);
                assertEquals(before, rows(tables), "rows written by a refused request: " + where);
                if (status == 400) {
                    assertNamesTheField(JSON.readTree(response.body()), mutation, where);
                }
            } else {
                outcomes[0]++;
                endpoint.settle(JSON.readTree(response.body()));
            }
        });
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "cases must be both accepted and refused: " + outcomes[0] + "/" + outcomes[1]);
    }

    /** A 400 names the broken field (its top-level name), or the place in a body that is not JSON at all. */
    private static void assertNamesTheField(JsonNode problem, JsonMutation mutation, String where) {
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        String detail = problem.path("detail").asText();
        if (mutation.field() == null) {
            assertTrue(!fields.isEmpty() || problem.has("line") || detail.contains("request body"), where);
            return;
        }
        String top = mutation.field();
        boolean named = fields.stream().anyMatch(f -> f.equals(top) || f.startsWith(top + ".") || f.startsWith(top + "["))
                || detail.contains("'" + top + "'") || detail.contains("\"" + top + "\"");
        assertTrue(named || !fields.isEmpty() && !mutation.targeted(), where);
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        // Through the driver's metadata: H2 names the schema PUBLIC and its tables in capitals, PostgreSQL in lower case.
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                String table = r.getString("TABLE_NAME");
                if ("public".equalsIgnoreCase(schema) && !"audit_event".equalsIgnoreCase(table)) {
                    tables.add(table);
                }
            }
        }
        assertFalse(tables.isEmpty());
        return tables;
    }

    /** Rows of every table: one sum, since a refused request may write to none of them. */
    private long rows(List<String> tables) throws SQLException {
        String sql = "SELECT " + String.join(" + ", tables.stream().map(t -> "(SELECT COUNT(*) FROM \"" + t + "\")").toList());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
