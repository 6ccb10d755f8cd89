package io.dragoman.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart serves from the saved match index instead of tokenising the whole memory again, and
 * never from a stale one: changes made while the node was down (by the command line) are replayed,
 * a kill -9 loses nothing the periodic save missed, and a snapshot of another database is set aside.
 */
class IndexSnapshotIT {
    private static final String SAVE_OFTEN = "-Ddragoman.match.snapshot-interval=1s";
    private static final String SLOW_WRITES = "-Ddragoman.h2-options=;WRITE_DELAY=60000";
    private static final String FIRST = "تبدأ واشنطن محادثات لتمويل قوة حفظ السلام في غزة";
    private static final String IMPORTED = "وصل وفد الأمم المتحدة إلى القاهرة صباح الأحد";
    private static final String EDITED = "اتفق الوزراء على تمويل القوة لمدة عام كامل";

    @TempDir
    Path work;

    @Test
    void aRestartServesFromTheSnapshotAndReplaysWhatChangedSince() throws Exception {
        Path snapshot;
        long memoryId;
        long unitId;
        Map<String, String> cli;
        String memory = "snapshot-" + System.nanoTime();
        try (PackagedApp app = PackagedApp.startWith(work, SAVE_OFTEN)) {
            cli = app.cliEnvironment();
            assertTrue(app.log().contains("(built from the database)"), app.log());
            memoryId = given(app.spec()).contentType("application/json").body(Map.of("name", memory))
                    .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
            unitId = addUnit(app, memoryId, FIRST, "Washington begins talks on funding a peacekeeping force in Gaza");
            snapshot = app.dataDir().resolve("match-index.snapshot");
        }
        assertTrue(Files.isRegularFile(snapshot), "a graceful stop saves the index");

        // Written while no server runs: only the change log tells the next start about it.
        Path tmx = work.resolve("cairo.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en"
                  creationtool="test" creationtoolversion="1" o-tmf="test"/><body>
                <tu><tuv xml:lang="ar"><seg>%s</seg></tuv><tuv xml:lang="en"><seg>A UN delegation arrived in Cairo on Sunday morning</seg></tuv></tu>
                </body></tmx>
                """.formatted(IMPORTED));
        Processes.Run imported = Processes.dragoman(work, cli, "import", tmx.toString(), "--memory", memory);
        assertEquals(0, imported.exit(), imported.err());

        // H2 writes commits to its file from a background thread within its write delay, made long
        // here: the edit below must reach the file because the snapshot saved after it says so, not
        // because the delay happened to pass before the kill.
        try (PackagedApp app = PackagedApp.restart(work, SAVE_OFTEN, SLOW_WRITES)) {
            assertTrue(app.log().contains("(from the snapshot, "), app.log());
            assertTrue(app.log().matches("(?s).*then [1-9][0-9]* logged changes\\).*"), app.log());
            assertTop(app, FIRST, unitId, 100);
            assertTop(app, IMPORTED, null, 100);

            FileTime beforeEdit = Files.getLastModifiedTime(snapshot);
            JsonPath unit = given(app.spec()).get("/api/units/" + unitId).then().statusCode(200).extract().jsonPath();
            Map<String, Object> edit = new HashMap<>(Map.of("memoryId", memoryId, "sourceLang", "ar", "targetLang", "en",
                    "sourceText", EDITED, "targetText", "The ministers agreed to fund the force for a full year",
                    "version", unit.getLong("version")));
            given(app.spec()).contentType("application/json").body(edit).put("/api/units/" + unitId)
                    .then().statusCode(200);
            awaitSavedAfter(snapshot, beforeEdit);
            app.kill();
        }

        try (PackagedApp app = PackagedApp.restart(work, SAVE_OFTEN)) {
            assertTrue(app.log().contains("(from the snapshot, "), app.log());
            assertTop(app, EDITED, unitId, 100);
            given(app.spec()).queryParam("q", FIRST).queryParam("sourceLang", "ar").queryParam("memory", memory)
                    .queryParam("minScore", 90).get("/api/lookup").then().statusCode(200).body("matches", empty());
        }
    }

    @Test
    void aSnapshotOfAnotherDatabaseIsSetAside() throws Exception {
        assumeTrue(!PackagedApp.onPostgres(), "a data directory whose H2 database is replaced");
        long unitId;
        Path data;
        try (PackagedApp app = PackagedApp.start(work)) {
            data = app.dataDir();
            long memoryId = given(app.spec()).contentType("application/json").body(Map.of("name", "before"))
                    .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
            unitId = addUnit(app, memoryId, FIRST, "Washington begins talks on funding a peacekeeping force in Gaza");
        }
        assertTrue(Files.isRegularFile(data.resolve("match-index.snapshot")));
        // A user starts over on purpose (see MissingDatabaseIT) and leaves the old snapshot where it was.
        Files.delete(data.resolve("dragoman.mv.db"));
        Files.delete(data.resolve("dragoman.database"));
        try (PackagedApp app = PackagedApp.restart(work)) {
            assertTrue(app.log().contains("was saved for another database"), app.log());
            assertTrue(app.log().contains("(built from the database)"), app.log());
            given(app.spec()).queryParam("q", FIRST).queryParam("sourceLang", "ar").queryParam("minScore", 90)
                    .get("/api/lookup").then().statusCode(200).body("matches.unitId", not(org.hamcrest.Matchers.hasItem(unitId)));
        }
    }

    private static long addUnit(PackagedApp app, long memoryId, String arabic, String english) {
        return given(app.spec()).contentType("application/json")
                .body(Map.of("memoryId", memoryId, "sourceLang", "ar", "targetLang", "en", "sourceText", arabic,
                        "targetText", english))
                .post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void assertTop(PackagedApp app, String arabic, Long unitId, int score) {
        JsonPath found = given(app.spec()).queryParam("q", arabic).queryParam("sourceLang", "ar")
                .get("/api/lookup").then().statusCode(200).body("matches[0].score", equalTo(score))
                .body("matches[0].source", equalTo(arabic)).extract().jsonPath();
        if (unitId != null) {
            assertEquals(unitId, found.getLong("matches[0].unitId"));
        }
    }

    private static void awaitSavedAfter(Path snapshot, FileTime before) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.getLastModifiedTime(snapshot).compareTo(before) > 0) {
                return;
            }
            Thread.sleep(200);
        }
        assertFalse(true, "the changed index was not saved again within 60 s");
    }
}
