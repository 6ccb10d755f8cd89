package io.dragoman.api;

import static io.dragoman.api.TmxFixtures.fixture;
import static io.dragoman.api.TmxFixtures.importSync;
import static io.dragoman.api.TmxFixtures.memoryId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportJobTest {

    static JsonPath awaitJob(String location) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if (List.of("succeeded", "failed").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + location + " did not finish in 30 s");
    }

    static Response submit(byte[] body, String memory) {
        return given().contentType("application/xml").body(body).queryParam("memory", memory)
                .queryParam("filename", "job.tmx").post("/api/imports");
    }

    @Test
    void runsAnImportAsAJobAndKeepsItsReport() throws Exception {
        Response accepted = submit(fixture("full-features.tmx"), "job-ok");
        accepted.then().statusCode(202).header("Location", startsWith("http"))
                .body("status", org.hamcrest.Matchers.oneOf("queued", "running", "succeeded"))
                .body("memory", equalTo("job-ok")).body("file", equalTo("job.tmx"));
        String location = accepted.header("Location");
        assertTrue(location.endsWith("/api/imports/" + accepted.path("id")));
        JsonPath job = awaitJob(location);
        assertEquals("succeeded", job.getString("status"));
        assertEquals(4, job.getInt("report.created"));
        assertEquals(4, job.getInt("unitsRead"));
        assertEquals(fixture("full-features.tmx").length, job.getLong("bytesTotal"));
        assertEquals(job.getLong("bytesTotal"), job.getLong("bytesRead"));
        // The job as every kind shows it, beside the fields clients have always read.
        assertEquals(accepted.path("id"), job.getString("job.id"));
        assertEquals("tmx-import", job.getString("job.kind"));
        assertEquals("succeeded", job.getString("job.status"));
        assertEquals("bytes", job.getString("job.progress.unit"));
        assertEquals(job.getLong("bytesTotal"), job.getLong("job.progress.total"));
        assertEquals(1.0, job.getDouble("job.progress.fraction"));
        assertEquals(job.getString("finishedAt"), job.getString("job.finishedAt"));
        assertNull(job.get("job.failure"));
    }

    @Test
    void aFailedJobCarriesTheProblemWithLineAndColumn() throws Exception {
        Response accepted = submit(fixture("malformed.tmx"), "job-rejected");
        accepted.then().statusCode(202);
        JsonPath job = awaitJob(accepted.header("Location"));
        assertEquals("failed", job.getString("status"));
        assertEquals("/problems/format-error", job.getString("problem.type"));
        assertEquals(422, job.getInt("problem.status"));
        assertEquals("job.tmx", job.getString("problem.file"));
        assertEquals(10, job.getInt("problem.line"));
        assertEquals(39, job.getInt("problem.column"));
        assertEquals("failed", job.getString("job.status"));
        assertEquals(job.getMap("problem"), job.getMap("job.failure"));
        assertNull(memoryId("job-rejected"));
    }

    @Test
    void answers404ForAnUnknownJob() {
        given().get("/api/imports/no-such-job").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("import no-such-job does not exist"));
    }

    @Test
    void stopsAtTheUnitCap() {
        // The test profile caps imports at 2,000 units.
        StringBuilder tmx = new StringBuilder(header());
        for (int i = 0; i < 2_001; i++) {
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>cap ").append(i)
                    .append("</seg></tuv><tuv xml:lang=\"ar\"><seg>حد</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>");
        importSync(tmx.toString().getBytes(StandardCharsets.UTF_8), "cap.tmx", "rejected-cap", Map.of())
                .statusCode(413).body("type", equalTo("/problems/limit-exceeded"))
                .body("detail", equalTo("file is 2001 units long; the configured limit is 2000 (dragoman.tmx.max-units)"))
                .body("limit.name", equalTo("dragoman.tmx.max-units")).body("limit.value", equalTo(2000));
        assertNull(memoryId("rejected-cap"));
    }

    @Test
    void stopsAGzipBombAtTheExpansionCap() throws IOException {
        // The test profile caps decompressed input at 8,000,000 bytes; this expands to 9 MB.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(header().getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 9; i++) {
                gz.write(spaces);
            }
            gz.write("</body></tmx>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(bytes.size() < 100_000, "a small upload");
        importSync(bytes.toByteArray(), "bomb.tmx.gz", "rejected-bomb", Map.of())
                .statusCode(413).body("detail", endsWith("bytes once decompressed long; the configured limit is 8000000 (dragoman.tmx.max-expanded-size)"));
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\""
                + " datatype=\"plaintext\"/><body>\n";
    }
}
