package io.dragoman.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The journeys users take, on the packaged jar and the shipped configuration (H2 file in a fresh
 * data directory; PostgreSQL on the CI's second pass): a translator's lookups, the glossary, a
 * localization team's TMX and termbase exchange, the alignment pipeline, QA, and the command line
 * working on the same database while the server runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT extends OnePackagedApp {
    private static final Path FIXTURES = Path.of("target/test-classes").toAbsolutePath();
    private static final String HEADLINE = "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة";

    private static RequestSpecification api() {
        return given().spec(app.spec());
    }

    @Test
    @Order(0)
    void firstStartWritesTheAdminPasswordForItsOwnerOnlyAndOpensNothingElse() throws Exception {
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(app.adminPasswordFile()));
        assertTrue(app.adminPassword().length() >= 20, "a long random password");
        assertTrue(app.log().contains("Created the account 'admin'") && app.log().contains(app.adminPasswordFile().toString()),
                app.log());
        given().baseUri(app.baseUri()).get("/api/memories").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic"));
        given().baseUri(app.baseUri()).get("/q/health").then().statusCode(200);
        given().baseUri(app.baseUri()).get("/q/openapi").then().statusCode(401);
    }

    @Test
    @Order(1)
    void firstStartLoadsTheSeedArticleAndTheCuratedGlossary() throws Exception {
        api().get("/api/memories").then().statusCode(200)
                .body("name", hasItem("gaza-peacekeeping-talks"))
                .body("find { it.name == 'gaza-peacekeeping-talks' }.units", greaterThanOrEqualTo(10));
        api().queryParam("q", "قوه").queryParam("lang", "ar").get("/api/glossary/concepts").then().statusCode(200)
                .body("items.externalId", hasItem("peacekeeping-force"));
        if (!PackagedApp.onPostgres()) {
            assertTrue(Files.isRegularFile(app.dataDir().resolve("dragoman.mv.db")), "the H2 file is in the data directory");
            assertTrue(app.log().contains("Database: H2 file " + app.dataDir().resolve("dragoman") + ".mv.db"), app.log());
        }
    }

    @Test
    @Order(2)
    void aTranslatorLooksUpBothDirectionsAndSearchesTheConcordance() {
        api().queryParam("q", "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام بغزة")
                .queryParam("sourceLang", "ar").queryParam("targetLang", "en")
                .get("/api/lookup").then().statusCode(200)
                .body("matches[0].target", equalTo("Washington begins talks on funding a peacekeeping force in Gaza"))
                .body("matches[0].score", greaterThanOrEqualTo(75))
                .body("terms.size()", greaterThan(0));
        api().contentType("application/json")
                .body(Map.of("text", "Washington begins talks on funding a peacekeeping force in Gaza",
                        "sourceLang", "en", "targetLang", "ar"))
                .post("/api/lookup").then().statusCode(200)
                .body("matches[0].score", equalTo(100))
                .body("matches[0].target", equalTo(HEADLINE));
        api().queryParam("q", "وزارة الدفاع").queryParam("lang", "ar").get("/api/concordance").then().statusCode(200)
                .body("items.translation", hasItem(containsString("Department of Defense")))
                .body("items.highlights.text.flatten()", hasItem("لوزارة الدفاع"));
        api().queryParam("q", "السلا*").get("/api/concordance").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.highlights.text.flatten()", hasItem("السلام"));

        // A ligature reads as the phrase it abbreviates, a GTK label's key as no part of the word.
        long memory = ((Number) api().contentType("application/json").body(Map.of("name", "journey-compatibility"))
                .post("/api/memories").then().statusCode(201).extract().path("id")).longValue();
        api().contentType("application/json").body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", "قال النبي محمد ﷺ في خطبته",
                "targetText", "The Prophet Muhammad, peace be upon him, said in his sermon")).post("/api/units").then().statusCode(201);
        api().contentType("application/json").body(Map.of("memoryId", memory, "sourceLang", "en", "targetLang", "ar",
                "sourceText", "Remember pass_word", "targetText", "تذكّر كلمة ال_سر")).post("/api/units").then().statusCode(201);
        api().queryParam("q", "قال النبي محمد صلى الله عليه وسلم في خطبته").queryParam("sourceLang", "ar")
                .queryParam("memory", memory).get("/api/lookup").then().statusCode(200)
                .body("matches[0].matchClass", equalTo("normalised")).body("matches[0].folds", equalTo(List.of("compatibility")));
        api().queryParam("q", "Remember password").queryParam("sourceLang", "en")
                .queryParam("memory", memory).get("/api/lookup").then().statusCode(200)
                .body("matches[0].matchClass", equalTo("normalised")).body("matches[0].folds", equalTo(List.of("accelerators")));
    }

    @Test
    @Order(2)
    void thePageIsServedWithItsPolicyAndRevalidatedByContent() {
        Response page = api().get("/");
        page.then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        String etag = page.header("ETag");
        api().header("If-None-Match", etag).get("/").then().statusCode(304);
        api().get("/js/app.js").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @Order(3)
    void theGlossaryRecognisesTermsWithCliticsAndRoundTripsThroughTbxAndCsv() {
        api().contentType("application/json").body(Map.of("text", "ولقوة حفظ السلام دور", "lang", "ar"))
                .post("/api/glossary/recognize").then().statusCode(200)
                .body("hits[0].externalId", equalTo("peacekeeping-force"))
                .body("hits[0].proclitic", equalTo("ول"))
                .body("hits[0].targets.text", hasItem("peacekeeping force"));
        byte[] tbx = api().queryParam("format", "tbx").get("/api/glossary/exports").then().statusCode(200)
                .extract().asByteArray();
        byte[] csv = api().queryParam("format", "csv").get("/api/glossary/exports").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(new String(tbx, StandardCharsets.UTF_8).contains("قوة حفظ السلام"));
        api().queryParam("dryRun", true).contentType("application/x-tbx").body(tbx)
                .post("/api/glossary/imports").then().statusCode(200);
        api().queryParam("mode", "upsert").contentType("text/csv").body(csv)
                .post("/api/glossary/imports").then().statusCode(200);
        api().queryParam("q", "peacekeeping force").queryParam("lang", "en").get("/api/glossary/concepts")
                .then().statusCode(200).body("items.externalId", hasItem("peacekeeping-force"));

        // A term's lone ampersand is literal in a text that holds another one.
        api().contentType("application/json").body(Map.of("externalId", "journey-rnd", "terms", List.of(
                        Map.of("lang", "en", "text", "R&D", "status", "preferred"),
                        Map.of("lang", "ar", "text", "البحث والتطوير", "status", "preferred"))))
                .post("/api/glossary/concepts").then().statusCode(201);
        api().contentType("application/json").body(Map.of("text", "Q&A on the R&D budget", "lang", "en"))
                .post("/api/glossary/recognize").then().statusCode(200)
                .body("hits.externalId", hasItem("journey-rnd"))
                .body("hits.find { it.externalId == 'journey-rnd' }.targets.text", hasItem("البحث والتطوير"));
    }

    @Test
    @Order(4)
    void aTeamImportsTmxAtOnceAndAsAJobExportsItAndReadsTheExportBack() throws Exception {
        byte[] tmx = Files.readAllBytes(FIXTURES.resolve("tmx/full-features.tmx"));
        int created = api().queryParam("memory", "journey").queryParam("sync", true)
                .contentType("application/octet-stream").body(tmx)
                .post("/api/imports").then().statusCode(200)
                .body("problemCount", equalTo(0)).extract().path("created");
        assertTrue(created > 0);

        Response job = api().queryParam("memory", "journey-job").multiPart("file", FIXTURES.resolve("tmx/full-features.tmx").toFile())
                .post("/api/imports");
        job.then().statusCode(202);
        String location = job.header("Location");
        JsonPath done = await(() -> api().get(location).then().statusCode(200).extract().jsonPath(),
                json -> List.of("succeeded", "failed").contains(json.getString("status").toLowerCase()));
        assertEquals("succeeded", done.getString("status").toLowerCase(), done.prettify());

        byte[] exported = api().queryParam("memory", "journey").header("Accept", "application/x-tmx+xml")
                .get("/api/exports/tmx").then().statusCode(200).extract().asByteArray();
        api().queryParam("memory", "journey-copy").queryParam("sync", true)
                .contentType("application/octet-stream").body(exported)
                .post("/api/imports").then().statusCode(200).body("created", equalTo(created));
    }

    @Test
    @Order(5)
    void aDocumentPairIsAlignedReviewedAndCommittedAndLookupFindsItsUnits() throws Exception {
        // Past the pool's idle removal (1 s here): the moment a fresh H2 install used to refuse inserts.
        Thread.sleep(3000);
        JsonPath alignment = api().contentType("application/json").body(Map.of(
                "document", "gaza-brief", "sourceLang", "ar", "targetLang", "en",
                "sourceText", "وصل الوفد إلى واشنطن يوم الاثنين. وقال المتحدث إن المحادثات ستستمر 3 أيام.",
                "targetText", "The delegation arrived in Washington on Monday. The spokesman said the talks would last 3 days."))
                .post("/api/alignments").then().statusCode(201).body("pairs.size()", equalTo(2))
                .extract().jsonPath();
        long id = alignment.getLong("id");
        // As the review page does: each accept names the version it was decided on; a second
        // reviewer's decision on that same version is refused.
        for (Object pair : alignment.getList("pairs.id")) {
            api().queryParam("version", 0).post("/api/alignments/" + id + "/pairs/" + pair + "/accept").then().statusCode(200);
            api().queryParam("version", 0).post("/api/alignments/" + id + "/pairs/" + pair + "/reject").then().statusCode(409)
                    .contentType("application/problem+json");
        }
        long memoryId = memoryId("gaza-peacekeeping-talks");
        api().contentType("application/json").body(Map.of("memoryId", memoryId))
                .post("/api/alignments/" + id + "/commit").then().statusCode(200).body("created", equalTo(2));
        await(() -> api().queryParam("q", "وقال المتحدث إن المحادثات ستستمر 3 أيام.")
                        .queryParam("sourceLang", "ar").queryParam("targetLang", "en")
                        .get("/api/lookup").then().statusCode(200).extract().jsonPath(),
                json -> "The spokesman said the talks would last 3 days.".equals(json.getString("matches[0].target")));

        api().contentType("application/json").body(Map.of("externalId", "ceasefire-monitors", "terms", List.of(
                        Map.of("lang", "ar", "text", "مراقبو وقف إطلاق النار", "status", "preferred"),
                        Map.of("lang", "en", "text", "ceasefire monitors", "status", "preferred"))))
                .post("/api/glossary/concepts").then().statusCode(201);
    }

    @Test
    @Order(6)
    void aReviewerRunsQaOverTheMemoryAndDownloadsTheReport() throws Exception {
        long run = api().contentType("application/json").body(Map.of("memoryId", memoryId("gaza-peacekeeping-talks")))
                .post("/api/qa/runs").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath done = await(() -> api().get("/api/qa/runs/" + run).then().statusCode(200).extract().jsonPath(),
                json -> List.of("succeeded", "failed").contains(json.getString("status")));
        assertEquals("succeeded", done.getString("status"), done.prettify());
        api().queryParam("format", "html").get("/api/qa/runs/" + run + "/report").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("gaza-peacekeeping-talks"));
        api().queryParam("format", "csv").get("/api/qa/runs/" + run + "/report").then().statusCode(200);
    }

    @Test
    @Order(7)
    void theCommandLineImportsAndExportsOnTheSameDatabaseWhileTheServerRuns() throws Exception {
        Path dir = Files.createDirectories(work.resolve("cli"));
        Processes.Run imported = Processes.dragoman(dir, app.cliEnvironment(), "import",
                FIXTURES.resolve("tmx/full-features.tmx").toString(), "--memory", "from-cli");
        assertEquals(0, imported.exit(), imported.err());
        // The server holds the H2 file: the import leaves it open and uncompacted rather than close it under the server.
        assertEquals(!PackagedApp.onPostgres(), imported.err().contains("the database file was left as it is:"
                + " another process has it open"), imported.err());
        await(() -> api().get("/api/memories").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("name").contains("from-cli"));
        Path out = work.resolve("cli/out.tmx");
        Processes.Run exported = Processes.dragoman(dir, app.cliEnvironment(), "export", "--memory", "journey",
                "-o", out.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(out).contains("<tu"), "the export holds the units imported over HTTP");
    }

    private static long memoryId(String name) {
        return api().get("/api/memories").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after 2 minutes: " + last);
            }
            Thread.sleep(250);
            last = probe.get();
        }
        return last;
    }
}
