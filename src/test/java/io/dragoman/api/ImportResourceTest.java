package io.dragoman.api;

import static io.dragoman.api.TmxFixtures.fixture;
import static io.dragoman.api.TmxFixtures.importOk;
import static io.dragoman.api.TmxFixtures.importSync;
import static io.dragoman.api.TmxFixtures.memoryId;
import static io.dragoman.api.TmxFixtures.units;
import static io.dragoman.api.TmxFixtures.unitsContaining;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {
    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void importsEveryEncodingAndTmxVersion() {
        Map<String, String> expected = Map.of(
                "utf16le-bom.tmx", "peacekeeping force in Gaza (LE)",
                "utf16be-bom.tmx", "Department of Defense (BE)",
                "utf8-bom.tmx", "interim governance (BOM)",
                "declared-latin1.tmx", "café crème (Latin-1)",
                "tmx11-lang.tmx", "Joint Chiefs of Staff",
                "tmx12-regions.tmx", "air defences");
        expected.forEach((file, english) -> {
            String memory = "enc-" + file;
            importOk(file, memory).getLong("created");
            JsonPath units = units(memory);
            assertEquals(1, units.getInt("total"), file);
            String text = units.getString("items[0].sourceLang").startsWith("en")
                    ? units.getString("items[0].sourceText") : units.getString("items[0].targetText");
            assertEquals(english, text, file);
        });
        JsonPath tmx11 = units("enc-tmx11-lang.tmx");
        assertEquals("en-US", tmx11.getString("items[0].sourceLang"));
        assertEquals("ar", tmx11.getString("items[0].targetLang"));
        JsonPath tmx12 = units("enc-tmx12-regions.tmx");
        assertEquals("ar-SA", tmx12.getString("items[0].sourceLang"));
        assertEquals("en-GB", tmx12.getString("items[0].targetLang"));
        assertEquals("الدفاعات الجوية", tmx12.getString("items[0].sourceText"));
    }

    @Test
    void importsIntoAMemoryNamedByIdOrNameAndCreatesAnUnknownName() {
        importOk("utf8-bom.tmx", "import-by-id");
        long id = memoryId("import-by-id");
        importSync(fixture("full-features.tmx"), "full-features.tmx", String.valueOf(id), Map.of())
                .statusCode(200).body("memory", equalTo("import-by-id")).body("created", equalTo(4));
        assertEquals(5, units("import-by-id").getInt("total"));
        assertNull(memoryId(String.valueOf(id)), "an existing memory's id names it: no memory is created");
        // Digits that are no memory's id name a new memory, as any other unknown name does.
        importSync(fixture("utf8-bom.tmx"), "utf8-bom.tmx", "98765400", Map.of())
                .statusCode(200).body("memory", equalTo("98765400"));
        assertEquals(1, units("98765400").getInt("total"));
        importSync(fixture("utf8-bom.tmx"), "utf8-bom.tmx", "import-created-by-name", Map.of()).statusCode(200);
        assertEquals(1, units("import-created-by-name").getInt("total"));
    }

    @Test
    void choosesTheSourceByUnitThenHeaderThenArabic() {
        importOk("srclang-all.tmx", "srclang-all");
        JsonPath units = units("srclang-all");
        assertEquals("en", units.getString("items[0].sourceLang"));
        assertEquals("security assistance", units.getString("items[0].sourceText"));
        assertEquals("ar", units.getString("items[1].sourceLang"));
        assertEquals("قوة متعددة الجنسيات", units.getString("items[1].sourceText"));

        JsonPath report = importOk("missing-srclang.tmx", "srclang-missing");
        assertEquals("srclang", report.getString("problems[0].kind"));
        assertEquals("the header has no srclang; units without their own srclang are stored with ar as source",
                report.getString("problems[0].message"));
        assertEquals("البنتاجون", units("srclang-missing").getString("items[0].sourceText"));
    }

    @Test
    void takesTheArabicEnglishPairAndReportsWhatItCannotUse() {
        JsonPath report = importOk("three-languages.tmx", "three-languages");
        assertEquals(4, report.getLong("unitsRead"));
        assertEquals(1, report.getLong("created"));
        assertEquals(3, report.getLong("skipped"));
        assertEquals(Map.of("one-sided", 2, "no-arabic-english", 1), report.getMap("skippedByReason"));
        List<String> kinds = report.getList("problems.kind");
        assertEquals(List.of("languages-dropped", "one-sided", "no-arabic-english", "one-sided"), kinds);
        assertEquals("kept en and ar; dropped fr", report.getString("problems[0].message"));
        assertEquals(5, report.getLong("problems[0].line"));
        assertEquals("en-only", report.getString("problems[1].tuid"));
        assertEquals("Peacekeeping force", units("three-languages").getString("items[0].sourceText"));
    }

    @Test
    void importsGzipAndZip() {
        assertEquals(1, importOk("gzipped.tmx.gz", "gz").getLong("created"));
        assertEquals("Lloyd Austin (gz)", units("gz").getString("items[0].sourceText"));
        JsonPath zip = importOk("archive.zip", "zip");
        assertEquals(2, zip.getLong("created"));
        assertEquals(List.of("archive.zip!/a/first.tmx", "archive.zip!/second.TMX"), zip.getList("files"));
    }

    @Test
    void rejectsMalformedXmlWithLineAndColumnAndWritesNothing() {
        importSync(fixture("malformed.tmx"), "malformed.tmx", "rejected-malformed", Map.of())
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/format-error"))
                .body("file", equalTo("malformed.tmx"))
                .body("line", equalTo(10)).body("column", equalTo(39))
                .body("detail", containsString("must be terminated by the matching end-tag"));
        assertNull(memoryId("rejected-malformed"));
        assertEquals(0, unitsContaining("malformed-first-unit"));
    }

    @Test
    void rejectsWhatIsNotTmx() {
        importSync(fixture("not-tmx.xml"), "not-tmx.xml", "rejected-xliff", Map.of())
                .statusCode(422).body("line", equalTo(2))
                .body("detail", equalTo("expected <tmx> as the root element but found <xliff>; this is not a TMX file"));
        assertNull(memoryId("rejected-xliff"));
    }

    @Test
    void rejectsEntityAttacksQuicklyWithoutReadingAnything() {
        long start = System.nanoTime();
        importSync(fixture("billion-laughs.tmx"), "billion-laughs.tmx", "rejected-laughs", Map.of())
                .statusCode(422).body("line", equalTo(13))
                .body("detail", startsWith("the DOCTYPE (which ends here) declares entities"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "rejected in well under 5 s");
        importSync(fixture("xxe.tmx"), "xxe.tmx", "rejected-xxe", Map.of())
                .statusCode(422).body("detail", startsWith("the DOCTYPE (which ends here) declares entities"));
        assertNull(memoryId("rejected-laughs"));
        assertNull(memoryId("rejected-xxe"));
        assertEquals(0, unitsContaining("xxe-probe"));
    }

    @Test
    void failsOnTheFirstInvalidUnitUnlessLenient() {
        importSync(fixture("invalid-units.tmx"), "invalid-units.tmx", "rejected-invalid", Map.of())
                .statusCode(422).body("line", equalTo(10)).body("column", equalTo(47))
                .body("detail", equalTo("invalid unit unpaired: <bpt i=\"1\"> has no matching <ept> in its segment"
                        + " (import with lenient=true to skip invalid units instead)"));
        assertNull(memoryId("rejected-invalid"));
        assertEquals(0, unitsContaining("invalid-units-good"));

        JsonPath report = importOk("invalid-units.tmx", "lenient", Map.of("lenient", true));
        assertEquals(1, report.getLong("created"));
        assertEquals(Map.of("invalid", 4), report.getMap("skippedByReason"));
        assertEquals(List.of("unpaired", "bad-date", "bad-lang", "stray-ept"), report.getList("problems.tuid"));
        assertEquals(List.of(10, 13, 18, 22), report.getList("problems.line"));
        assertEquals(1, unitsContaining("invalid-units-good"));
    }

    @Test
    void dryRunReportsTheSameAndWritesNothing() {
        JsonPath dry = importOk("policy-v1.tmx", "dry-run", Map.of("dryRun", true));
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(2, dry.getLong("created"));
        assertEquals(Map.of("identical", 1), dry.getMap("skippedByReason"));
        assertNull(memoryId("dry-run"));
        JsonPath real = importOk("policy-v1.tmx", "dry-run");
        assertEquals(dry.getLong("created"), real.getLong("created"));
        assertEquals(dry.getMap("skippedByReason"), real.getMap("skippedByReason"));
    }

    @Test
    void skipIdenticalIsTheDefaultPolicy() {
        JsonPath first = importOk("policy-v1.tmx", "policy-skip");
        assertEquals("skip-identical", first.getString("policy"));
        assertEquals(2, first.getLong("created"));
        assertEquals(Map.of("identical", 1), first.getMap("skippedByReason"));
        JsonPath second = importOk("policy-v2.tmx", "policy-skip");
        assertEquals(2, second.getLong("created"));
        assertEquals(Map.of("identical", 1), second.getMap("skippedByReason"));
        assertEquals(4, units("policy-skip").getInt("total"));
    }

    @Test
    void overwriteNewerReplacesOnlyOlderTranslations() {
        importOk("policy-v1.tmx", "policy-overwrite", Map.of("policy", "overwrite-newer"));
        JsonPath second = importOk("policy-v2.tmx", "policy-overwrite", Map.of("policy", "overwrite-newer"));
        assertEquals(0, second.getLong("created"));
        assertEquals(1, second.getLong("updated"));
        assertEquals(Map.of("not-newer", 1, "identical", 1), second.getMap("skippedByReason"));
        JsonPath units = units("policy-overwrite");
        assertEquals(2, units.getInt("total"));
        assertEquals("p1-new", units.getString("items[0].tuid"));
        assertEquals("مجموعة كتّاب شؤون الدفاع", units.getString("items[0].targetText"));
        assertEquals("الأركان المشتركة", units.getString("items[1].targetText"));
    }

    @Test
    void skipsRepeatsWithinAndAcrossWriteChunks() {
        // 1,800 units repeating 900 pairs: units 900-999 repeat pairs of their own chunk of 1,000, the
        // units after 1,000 pairs of the chunk before; then one source with a new target, twice.
        StringBuilder tmx = new StringBuilder("<tmx version=\"1.4\"><header srclang=\"en\"/><body>");
        for (int i = 0; i < 1800; i++) {
            tmx.append(tu("source " + i % 900, "هدف " + i % 900));
        }
        tmx.append(tu("source 5", "هدف آخر")).append(tu("source 5", "هدف آخر")).append("</body></tmx>");
        byte[] file = tmx.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonPath first = importSync(file, "repeats.tmx", "repeats", Map.of()).statusCode(200).extract().jsonPath();
        assertEquals(901, first.getLong("created"));
        assertEquals(Map.of("identical", 901), first.getMap("skippedByReason"));
        JsonPath again = importSync(file, "repeats.tmx", "repeats", Map.of()).statusCode(200).extract().jsonPath();
        assertEquals(0, again.getLong("created"));
        assertEquals(Map.of("identical", 1802), again.getMap("skippedByReason"));
        assertEquals(901, units("repeats").getInt("total"));
    }

    @Test
    void aFailureAfterAChunkWasWrittenLeavesNoUnitBehind() {
        // A chunk of 1,000 written and committed in its own transaction, a second one read, then an
        // invalid unit ends the import: the written chunk is discarded, no row is left, hidden or not.
        // (1,990 units: the test profile's cap is 2,000.)
        StringBuilder tmx = new StringBuilder("<tmx version=\"1.4\"><header srclang=\"en\"/><body>");
        for (int i = 0; i < 1990; i++) {
            tmx.append(tu("in flight " + i, "قيد الكتابة " + i));
        }
        tmx.append("\n<tu><tuv xml:lang=\"en\"><seg>broken</seg></tuv><tuv xml:lang=\"ar\"><seg><bpt i=\"1\"/>مكسور</seg>"
                + "</tuv></tu></body></tmx>");
        byte[] file = tmx.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        importSync(file, "in-flight.tmx", "rejected-in-flight", Map.of()).statusCode(422).body("line", equalTo(2));
        assertNull(memoryId("rejected-in-flight"));
        assertEquals(0, unitsContaining("in flight"));
        long rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from translation_unit where source_text like 'in flight %'").getSingleResult()).longValue());
        assertEquals(0, rows);
    }

    private static String tu(String english, String arabic) {
        return "<tu><tuv xml:lang=\"en\"><seg>" + english + "</seg></tuv><tuv xml:lang=\"ar\"><seg>" + arabic
                + "</seg></tuv></tu>";
    }

    @Test
    void keepAllAddsEverything() {
        assertEquals(3, importOk("policy-v1.tmx", "policy-keep", Map.of("policy", "keep-all")).getLong("created"));
        assertEquals(3, importOk("policy-v2.tmx", "policy-keep", Map.of("policy", "keep-all")).getLong("created"));
        assertEquals(6, units("policy-keep").getInt("total"));
    }

    @Test
    void rejectsAnUnknownPolicyAndAMissingMemory() {
        importSync(fixture("policy-v1.tmx"), "p.tmx", "x", Map.of("policy", "newest"))
                .statusCode(400).body("violations[0].field", equalTo("policy"));
        given().contentType("application/xml").body(fixture("policy-v1.tmx")).queryParam("sync", true)
                .post("/api/imports").then().statusCode(400).body("violations[0].field", equalTo("memory"));
    }

    @Test
    void acceptsAMultipartUpload() {
        given().multiPart("file", "utf8-bom.tmx", fixture("utf8-bom.tmx"), "application/xml")
                .queryParam("memory", "multipart").queryParam("sync", true)
                .post("/api/imports").then().statusCode(200)
                .body("created", equalTo(1)).body("files[0]", equalTo("utf8-bom.tmx"));
    }
}
