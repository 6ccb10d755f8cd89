package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restricted memory is read only by its members and admins, and written only by members with
 * write: anyone else finds no trace of it, by id, by name, in the list, or in the matches and
 * concordance over every memory, while a team memory holding the same sentence still answers.
 */
@QuarkusTest
public class MemoryAccessTest {
    public static final String SENTENCE = "وافقت لجنة المراجعة السرية على ميزانية المشروع";
    public static final String RESTRICTED_EN = "the confidential review committee approved the project budget";
    public static final String TEAM_EN = "the secret review committee approved the budget of the project";
    public static final String MEMBER = "mona";
    private static final String READER = "nadia";
    private static final String OTHER = "omar";

    private static long restricted;
    private static long team;
    private static String restrictedName;
    private static long restrictedUnit;

    /** Once for the class: a restricted memory with a writing and a reading member, and a team memory. */
    @BeforeEach
    void memories() {
        if (restrictedName != null) {
            return;
        }
        restrictedName = "board-minutes-" + System.nanoTime();
        restricted = Memories.create(restrictedName);
        team = Memories.create("team-minutes-" + System.nanoTime());
        restrictedUnit = Memories.unit(restricted, SENTENCE, RESTRICTED_EN);
        Memories.unit(team, SENTENCE, TEAM_EN);
        Accounts.ensure(OTHER, "translator");
        restrict(restricted, MEMBER, READER);
    }

    /** Makes the memory restricted to a translator who writes and, when given, one who only reads. */
    public static void restrict(long memory, String writer, String reader) {
        Accounts.ensure(writer, "translator");
        if (reader != null) {
            Accounts.ensure(reader, "translator");
        }
        List<Map<String, Object>> members = reader == null ? List.of(Map.of("username", writer, "write", true))
                : List.of(Map.of("username", writer, "write", true), Map.of("username", reader, "write", false));
        given().contentType(ContentType.JSON).body(Map.of("access", "restricted", "members", members))
                .when().put("/api/memories/" + memory + "/access").then().statusCode(200)
                .body("access", equalTo("restricted")).body("members.username", hasItem(writer));
    }

    @Test
    void theAdminReadsTheAccessBackAndTheTrailRecordsTheChange() {
        given().when().get("/api/memories/" + restrictedName + "/access").then().statusCode(200)
                .body("memoryId", equalTo((int) restricted)).body("access", equalTo("restricted"))
                .body("members.username", equalTo(List.of(MEMBER, READER)))
                .body("members.write", equalTo(List.of(true, false)));
        JsonPath trail = given().queryParam("memory", restricted).when().get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        List<String> actions = trail.getList("items.action");
        List<Integer> statuses = trail.getList("items.status");
        int at = -1;
        for (int i = 0; i < actions.size() && at < 0; i++) {
            at = actions.get(i).equals("PUT /api/memories/" + restricted + "/access") && statuses.get(i) == 200 ? i : -1;
        }
        assertTrue(at >= 0, actions.toString());
        assertEquals("admin", trail.getString("items[" + at + "].username"));
        assertEquals("team", trail.getString("items[" + at + "].changes.before.access"));
        assertEquals("restricted", trail.getString("items[" + at + "].changes.after.access"));
    }

    @Test
    void theListShowsEachMemorysAccessAndItsMembersToAdmins() {
        given().when().get("/api/memories").then().statusCode(200)
                .body("find { it.id == " + restricted + " }.access", equalTo("restricted"))
                .body("find { it.id == " + restricted + " }.members.username", equalTo(List.of(MEMBER, READER)))
                .body("find { it.id == " + restricted + " }.members.write", equalTo(List.of(true, false)))
                .body("find { it.id == " + team + " }.access", equalTo("team"))
                .body("find { it.id == " + team + " }.members", equalTo(List.of()));
        given().when().get("/api/memories/" + restricted).then().statusCode(200).body("access", equalTo("restricted"))
                .body("members.username", equalTo(List.of(MEMBER, READER)));
        // A member learns the memory is restricted, not who else reads it: that is the admins' business.
        JsonPath member = Accounts.as(MEMBER, "translator").when().get("/api/memories").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("restricted", member.getString("find { it.id == " + restricted + " }.access"));
        assertEquals("team", member.getString("find { it.id == " + team + " }.access"));
        assertFalse(member.getMap("find { it.id == " + restricted + " }").containsKey("members"), member.prettify());
        Accounts.as(MEMBER, "translator").when().get("/api/memories/" + restricted).then().statusCode(200)
                .body("access", equalTo("restricted")).body("$", not(org.hamcrest.Matchers.hasKey("members")));
    }

    @Test
    void badChangesAreRefusedAndChangeNothing() {
        given().contentType(ContentType.JSON).body(Map.of("access", "restricted",
                        "members", List.of(Map.of("username", MEMBER, "write", true), Map.of("username", "nobody-here"))))
                .when().put("/api/memories/" + restricted + "/access").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("members[1].username"));
        given().contentType(ContentType.JSON).body(Map.of("access", "secret"))
                .when().put("/api/memories/" + restricted + "/access").then().statusCode(400)
                .body("violations[0].field", equalTo("access"));
        given().contentType(ContentType.JSON).body(Map.of("access", "team"))
                .when().put("/api/memories/987654321/access").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        Accounts.as(MEMBER, "translator").contentType(ContentType.JSON).body(Map.of("access", "team"))
                .when().put("/api/memories/" + restricted + "/access").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/memories/" + restricted + "/access").then()
                .body("access", equalTo("restricted")).body("members.username", equalTo(List.of(MEMBER, READER)));
    }

    @Test
    void aMemberFindsItsUnitsByLookupConcordanceAndListing() {
        JsonPath lookup = Accounts.as(MEMBER, "translator").queryParam("q", SENTENCE).queryParam("memory", restrictedName)
                .when().get("/api/lookup").then().statusCode(200).extract().jsonPath();
        assertEquals(RESTRICTED_EN, lookup.getString("matches[0].target"));
        List<Long> all = matchedMemories(MEMBER, SENTENCE);
        assertTrue(all.contains(restricted) && all.contains(team), all.toString());
        Accounts.as(MEMBER, "translator").queryParam("q", "لجنة المراجعة السرية").queryParam("memory", restricted)
                .when().get("/api/concordance").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].unitId", equalTo((int) restrictedUnit));
        Accounts.as(MEMBER, "translator").queryParam("memory", restricted).queryParam("q", "confidential review")
                .when().get("/api/units").then().statusCode(200).body("total", equalTo(1)).body("items[0].targetText", equalTo(RESTRICTED_EN));
        Accounts.as(MEMBER, "translator").when().get("/api/memories").then().statusCode(200)
                .body("id", hasItem((int) restricted));
    }

    @Test
    void anotherTranslatorFindsNoTraceOfIt() {
        Accounts.as(OTHER, "translator").when().get("/api/memories/" + restricted).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        Accounts.as(OTHER, "translator").queryParam("q", SENTENCE).queryParam("memory", restrictedName)
                .when().get("/api/lookup").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("memory"));
        Accounts.as(OTHER, "translator").queryParam("memory", restricted).when().get("/api/units").then().statusCode(404);
        Accounts.as(OTHER, "translator").when().get("/api/units/" + restrictedUnit).then().statusCode(404);
        Accounts.as(OTHER, "translator").when().get("/api/memories").then().statusCode(200)
                .body("id", not(hasItem((int) restricted))).body("id", hasItem((int) team));

        List<Long> matched = matchedMemories(OTHER, SENTENCE);
        assertTrue(matched.contains(team), "the team memory still matches: " + matched);
        assertFalse(matched.contains(restricted), matched.toString());
        String concordance = Accounts.as(OTHER, "translator").queryParam("q", "لجنة المراجعة السرية")
                .when().get("/api/concordance").then().statusCode(200).extract().asString();
        assertFalse(concordance.contains(RESTRICTED_EN), concordance);
        String units = Accounts.as(OTHER, "translator").queryParam("q", "confidential review committee")
                .when().get("/api/units").then().statusCode(200).extract().asString();
        assertFalse(units.contains(RESTRICTED_EN), units);
        // A fragment of the sentence: no whole unit matches, so the answer lists where parts of it occur.
        JsonPath fragments = Accounts.as(OTHER, "translator")
                .queryParam("q", "لجنة المراجعة السرية على ميزانية كبيرة جدا الآن").queryParam("minScore", 100)
                .when().get("/api/lookup").then().statusCode(200).body("matches.size()", equalTo(0)).extract().jsonPath();
        List<Long> fragmentMemories = fragments.getList("fragments.memoryId", Long.class);
        assertTrue(fragmentMemories.contains(team), fragments.prettify());
        assertFalse(fragmentMemories.contains(restricted), fragments.prettify());
    }

    @Test
    void writingNeedsMembershipWithWrite() {
        Map<String, Object> unit = Map.of("memoryId", restricted, "sourceLang", "ar", "targetLang", "en",
                "sourceText", "محضر الجلسة السرية", "targetText", "minutes of the closed session");
        Accounts.as(READER, "translator").contentType(ContentType.JSON).body(unit).when().post("/api/units").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Forbidden"));
        Accounts.as(READER, "translator").contentType(ContentType.JSON).body(unit)
                .when().put("/api/units/" + restrictedUnit).then().statusCode(403);
        Accounts.as(OTHER, "translator").contentType(ContentType.JSON).body(unit).when().post("/api/units").then()
                .statusCode(400).body("violations[0].field", equalTo("memoryId"));
        long created = Accounts.as(MEMBER, "translator").contentType(ContentType.JSON).body(unit).when()
                .post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
        Accounts.as(READER, "translator").queryParam("q", "محضر الجلسة السرية").queryParam("memory", restricted)
                .when().get("/api/lookup").then().statusCode(200).body("matches[0].unitId", equalTo((int) created));
        given().when().delete("/api/units/" + created).then().statusCode(204);
    }

    @Test
    void aReviewerChecksOnlyTheMemoriesItReads() {
        Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of("memoryId", restricted))
                .when().post("/api/qa/runs").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/qa/runs").then().statusCode(400).body("violations[0].field", equalTo("memoryId"));
        Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of("memoryId", restricted,
                        "sourceLang", "ar", "targetLang", "en", "sourceText", SENTENCE, "targetText", "another budget"))
                .when().post("/api/qa/check").then().statusCode(404);
    }

    @Test
    void aQaRunOverARestrictedMemoryIsReadOnlyByThoseWhoReadTheMemory() {
        long own = Memories.create("qa-restricted-" + System.nanoTime());
        Memories.unit(own, "تبلغ الميزانية السرية ٣٫٨ مليار دولار.", "The secret budget is $38 billion.");
        Accounts.ensure("rana", "reviewer");
        restrict(own, "rana", null);
        long ownRun = QaFixture.run(Map.of("memoryId", own)).getLong("id");
        long teamRun = QaFixture.run(Map.of("memoryId", team)).getLong("id");
        long everyRun = QaFixture.run(Map.of()).getLong("id");
        List<Map<String, Object>> findings = QaFixture.findings(ownRun);
        assertFalse(findings.isEmpty(), "the number mismatch is found");
        long finding = ((Number) findings.get(0).get("id")).longValue();

        // Rana reviews the memory: she reads its run, its findings and its report.
        Accounts.as("rana", "reviewer").when().get("/api/qa/runs/" + ownRun).then().statusCode(200);
        Accounts.as("rana", "reviewer").when().get("/api/qa/runs/" + ownRun + "/findings").then().statusCode(200)
                .body("total", equalTo(findings.size()));
        Accounts.as("rana", "reviewer").when().get("/api/qa/runs/" + ownRun + "/report").then().statusCode(200);
        assertTrue(runIds("rana").contains(ownRun), runIds("rana").toString());

        // Rami does not: to him the run, its findings and a run over every memory do not exist.
        for (String path : List.of("", "/findings", "/report")) {
            Accounts.as("rami", "reviewer").when().get("/api/qa/runs/" + ownRun + path).then().statusCode(404)
                    .contentType(Problem.MEDIA_TYPE);
            Accounts.as("rami", "reviewer").when().get("/api/qa/runs/" + everyRun + path).then().statusCode(404);
        }
        Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of("reason", "fine"))
                .when().post("/api/qa/findings/" + finding + "/ignore").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        Accounts.as("rami", "reviewer").when().delete("/api/qa/findings/" + finding + "/ignore").then().statusCode(404);
        List<Long> ramis = runIds("rami");
        assertTrue(ramis.contains(teamRun), ramis.toString());
        assertFalse(ramis.contains(ownRun) || ramis.contains(everyRun), ramis.toString());
        Accounts.as("rami", "reviewer").when().get("/api/qa/runs/" + teamRun).then().statusCode(200);
        // Nothing was marked: the admin finds no ignore mark to take off.
        given().when().delete("/api/qa/findings/" + finding + "/ignore").then().statusCode(404);

        List<Long> admins = given().queryParam("size", 100).when().get("/api/qa/runs").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertTrue(admins.containsAll(List.of(ownRun, teamRun, everyRun)), admins.toString());
        assertEquals(List.of(everyRun, teamRun, ownRun), admins.subList(0, 3), "newest first");
    }

    private static List<Long> runIds(String reviewer) {
        return Accounts.as(reviewer, "reviewer").queryParam("size", 100).when().get("/api/qa/runs").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void onlyWritersCommitAnAlignmentIntoIt() {
        long job = Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of("sourceLang", "ar",
                        "targetLang", "en", "sourceText", "انعقدت الجلسة السرية.", "targetText", "The closed session met."))
                .when().post("/api/alignments").then().statusCode(201).extract().jsonPath().getLong("id");
        Accounts.as("rami", "reviewer").contentType(ContentType.JSON).body(Map.of("memoryId", restricted, "minConfidence", 0))
                .when().post("/api/alignments/" + job + "/commit").then().statusCode(400)
                .body("violations[0].field", equalTo("memoryId"));
        Accounts.as(MEMBER, "translator").queryParam("q", "انعقدت الجلسة السرية").queryParam("memory", restricted)
                .when().get("/api/lookup").then().statusCode(200).body("matches.size()", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("memoryId", restricted, "minConfidence", 0))
                .when().post("/api/alignments/" + job + "/commit").then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void theAdminSeesEverything() {
        given().when().get("/api/memories").then().body("id", hasItem((int) restricted));
        given().when().get("/api/memories/" + restricted).then().statusCode(200).body("name", equalTo(restrictedName));
        List<Long> matched = given().queryParam("q", SENTENCE).when().get("/api/lookup").then().statusCode(200)
                .extract().jsonPath().getList("matches.memoryId", Long.class);
        assertTrue(matched.contains(restricted) && matched.contains(team), matched.toString());
    }

    private static List<Long> matchedMemories(String user, String text) {
        return Accounts.as(user, "translator").queryParam("q", text).when().get("/api/lookup").then().statusCode(200)
                .extract().jsonPath().getList("matches.memoryId", Long.class);
    }
}
