package io.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory whose H2 file went missing (deleted, moved, a volume not mounted) does not
 * quietly become a new, empty Dragoman with a new admin password: the server and the command line
 * refuse to start and say how to get the data back.
 */
class MissingDatabaseIT {
    @TempDir
    Path work;

    @Test
    void aDataDirectoryThatLostItsDatabaseFileIsNotStartedEmpty() throws Exception {
        assumeTrue(!PackagedApp.onPostgres(), "the file that can go missing is the embedded H2 file");
        Path data;
        String password;
        try (PackagedApp app = PackagedApp.start(work)) {
            data = app.dataDir();
            password = app.adminPassword();
        }
        assertTrue(Files.exists(data.resolve("dragoman.database")), "the first start marks the directory");
        Files.delete(data.resolve("dragoman.mv.db"));

        Path log = work.resolve("refused.log");
        Process server = new ProcessBuilder(List.of("java", "-Ddragoman.data-dir=" + data,
                "-Dquarkus.http.port=" + Processes.freePort(), "-jar", PackagedApp.jar().toString()))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(server.waitFor(2, TimeUnit.MINUTES), "the server kept running:\n" + Files.readString(log));
        assertNotEquals(0, server.exitValue());
        String said = Files.readString(log);
        assertTrue(said.contains(data.resolve("dragoman.mv.db") + " is missing"), said);
        assertTrue(said.contains("bin/dragoman restore BACKUP.zip " + data), said);
        assertFalse(Files.exists(data.resolve("dragoman.mv.db")), "an empty database was made in its place");
        assertEquals(password, Files.readString(data.resolve("admin-password")).strip(), "the admin password changed");

        Processes.Run command = Processes.dragoman(work, java.util.Map.of("JAVA_OPTS", "-Ddragoman.data-dir=" + data),
                "memories");
        assertNotEquals(0, command.exit(), command.out());
        assertTrue(command.err().contains("is missing"), command.err());
        assertFalse(Files.exists(data.resolve("dragoman.mv.db")), "the command line made an empty database");

        // Deleting the marker is how a user says an empty start is what they want.
        Files.delete(data.resolve("dragoman.database"));
        try (PackagedApp fresh = PackagedApp.start(work)) {
            assertTrue(Files.exists(data.resolve("dragoman.mv.db")));
        }
    }

    /**
     * Deleting the file under a running node loses nothing: the node saves what it holds into a
     * rescue zip, refuses writes that could not last, leaves the load balancer's rotation, goes on
     * serving reads, and the documented restore brings everything back.
     */
    @Test
    void aDatabaseFileDeletedUnderARunningNodeIsRescued() throws Exception {
        assumeTrue(!PackagedApp.onPostgres(), "the file that can go missing is the embedded H2 file");
        Path data;
        String password;
        String memory = "rescued-" + System.nanoTime();
        String sentence = "أنقذت البيانات قبل توقف الخادم";
        Path rescue;
        try (PackagedApp app = PackagedApp.start(work)) {
            data = app.dataDir();
            password = app.adminPassword();
            long memoryId = io.restassured.RestAssured.given(app.spec()).contentType("application/json")
                    .body(java.util.Map.of("name", memory)).post("/api/memories").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            io.restassured.RestAssured.given(app.spec()).contentType("application/json")
                    .body(java.util.Map.of("memoryId", memoryId, "sourceLang", "ar", "targetLang", "en",
                            "sourceText", sentence, "targetText", "The data was saved before the server stopped"))
                    .post("/api/units").then().statusCode(201);

            Files.delete(data.resolve("dragoman.mv.db"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int ready = 200;
            while (ready == 200 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                ready = io.restassured.RestAssured.given(app.spec()).get("/q/health/ready").statusCode();
            }
            assertEquals(503, ready, "readiness goes DOWN once the file is gone:\n" + app.log());

            var refused = io.restassured.RestAssured.given(app.spec()).contentType("application/json")
                    .body(java.util.Map.of("memoryId", memoryId, "sourceLang", "ar", "targetLang", "en",
                            "sourceText", "جملة لن تحفظ", "targetText", "A sentence that would be lost"))
                    .post("/api/units").then().extract();
            assertEquals(503, refused.statusCode(), refused.asString());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            String detail = refused.jsonPath().getString("detail");
            assertTrue(detail.contains("was deleted") && detail.contains("bin/dragoman restore"), detail);
            try (var listing = Files.list(data)) {
                rescue = listing.filter(p -> p.getFileName().toString().startsWith("dragoman-rescue-")).findFirst()
                        .orElseThrow(() -> new AssertionError("no rescue zip in " + data + ": " + detail));
            }
            assertTrue(detail.contains(rescue.toString()), detail);

            io.restassured.RestAssured.given(app.spec()).queryParam("memory", memory).get("/api/units").then()
                    .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
            io.restassured.RestAssured.given(app.spec()).contentType("application/json")
                    .body(java.util.Map.of("text", sentence, "sourceLang", "ar", "targetLang", "en"))
                    .post("/api/lookup").then().statusCode(200);
        }

        // What the log says to do: move the directory aside, restore the rescue zip, start again.
        Path aside = work.resolve("data-lost");
        Files.move(data, aside);
        Path zip = aside.resolve(rescue.getFileName());
        Processes.Run restore = Processes.dragoman(work, java.util.Map.of(), "restore", zip.toString(), data.toString());
        assertEquals(0, restore.exit(), restore.out() + restore.err());
        Files.copy(aside.resolve("admin-password"), data.resolve("admin-password"));
        try (PackagedApp restored = PackagedApp.start(work)) {
            io.restassured.RestAssured.given(restored.spec(password)).queryParam("memory", memory).get("/api/units")
                    .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1))
                    .body("items[0].sourceText", org.hamcrest.Matchers.equalTo(sentence));
        }
    }
}
