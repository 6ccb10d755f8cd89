package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The import panel: a small TMX checked, confirmed and reported; a malformed one refused with its place. */
@QuarkusTest
class ImportPageTest extends BrowserTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "web");

    @Test
    void checksThenImportsASmallTmxAndShowsTheReport() throws Exception {
        browser.open(root, "import");
        choose("peacekeeping-small.tmx", "web-import");
        browser.find("#import-dry").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-report h2"),
                "nothing written yet"));
        Map<String, Long> check = counts();
        assertEquals(3, check.get("Units read"), check.toString());
        assertEquals(2, check.get("Would create"), check.toString());
        assertEquals(1, check.get("Skipped"), check.toString());
        assertTrue(browser.find("#import-report .skipped").getText().contains("one-sided"));
        WebElement problem = browser.find("#import-report .problems li");
        assertTrue(problem.getText().matches("(?s)line \\d+, column \\d+: one-sided.*"), problem.getText());
        assertEquals(0, unitsIn("web-import"));
        browser.screenshot("import-dry-run");

        WebElement run = browser.find("#import-run");
        assertTrue(run.isEnabled(), "the checked file can be imported");
        run.click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-report h2"),
                "Imported peacekeeping-small.tmx into web-import"));
        Map<String, Long> done = counts();
        assertEquals(2, done.get("Created"), done.toString());
        assertEquals(1, done.get("Skipped"), done.toString());
        assertEquals(2, unitsIn("web-import"));
        browser.screenshot("import-report");
        long memory = memoryId("web-import");
        given().when().delete("/api/memories/" + memory).then().statusCode(204);
    }

    @Test
    void refusesAMalformedFileWithItsLineAndColumnAndWritesNothing() throws Exception {
        browser.open(root, "import");
        choose("broken.tmx", "web-broken");
        browser.find("#import-dry").click();
        WebElement failure = browser.visible("#import-report .failure");
        assertTrue(failure.getText().contains("broken.tmx, line 9, column"), failure.getText());
        assertTrue(failure.getText().contains("Nothing was written."));
        assertTrue(!browser.find("#import-run").isEnabled(), "a refused file cannot be imported");
        assertEquals(0, unitsIn("web-broken"));
        browser.screenshot("import-malformed");
    }

    @Test
    void checksThenImportsATermbaseAndShowsTheReport() throws Exception {
        assertEquals(List.of(), webConcepts(), "left over from an earlier run");
        browser.open(root, "import");
        browser.find("#import-file").sendKeys(FIXTURES.resolve("ceasefire-terms.tbx").toAbsolutePath().toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("import-file-name"), "ceasefire-terms.tbx"));
        assertTrue(!browser.find("#import-tmx-options").isDisplayed(), "memory options do not apply to a termbase");
        browser.find("#import-dry").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-report h2"),
                "nothing written yet"));
        Map<String, Long> check = counts();
        assertEquals(2, check.get("Concepts"), check.toString());
        assertEquals(4, check.get("Terms"), check.toString());
        assertEquals(2, check.get("Would create"), check.toString());
        assertEquals(List.of(), webConcepts(), "a dry run stores nothing");

        browser.find("#import-run").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-report h2"),
                "Imported ceasefire-terms.tbx into the glossary"));
        assertEquals(2, counts().get("Created"));
        browser.screenshot("import-termbase");
        List<Map<String, Object>> stored = webConcepts();
        assertEquals(List.of("web-ceasefire", "web-truce"), stored.stream().map(c -> c.get("externalId")).toList());
        for (Map<String, Object> concept : stored) {
            given().when().delete("/api/glossary/concepts/" + concept.get("id")).then().statusCode(204);
        }
    }

    /** The concepts of ceasefire-terms.tbx found in the glossary. */
    private static List<Map<String, Object>> webConcepts() {
        List<Map<String, Object>> found = given().queryParam("subject", "military").queryParam("size", 500)
                .when().get("/api/glossary/concepts").then().statusCode(200).extract().jsonPath().getList("items");
        return found.stream().filter(c -> String.valueOf(c.get("externalId")).startsWith("web-")).toList();
    }

    private static void choose(String fixture, String memory) {
        browser.find("#import-file").sendKeys(FIXTURES.resolve(fixture).toAbsolutePath().toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("import-file-name"), fixture));
        WebElement name = browser.find("#import-memory");
        name.clear();
        name.sendKeys(memory);
    }

    /** The report's figures by label, e.g. "Created" → 2. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement item : browser.all("#import-report .counts li")) {
            String figure = item.findElement(By.tagName("strong")).getText();
            counts.put(item.getText().substring(figure.length()).strip(), Long.parseLong(figure.replaceAll("\\D", "")));
        }
        return counts;
    }

    private static long unitsIn(String memoryName) {
        List<Map<String, Object>> memories = given().when().get("/api/memories").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return memories.stream().filter(m -> memoryName.equals(m.get("name")))
                .mapToLong(m -> ((Number) m.get("units")).longValue()).sum();
    }

    private static long memoryId(String memoryName) {
        return given().when().get("/api/memories").then().statusCode(200)
                .body("find { it.name == '" + memoryName + "' }.name", equalTo(memoryName))
                .extract().jsonPath().getLong("find { it.name == '" + memoryName + "' }.id");
    }
}
