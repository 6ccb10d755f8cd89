package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Memories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The alignment review, by keyboard alone: propose, review, commit, and find the units in Lookup. */
@QuarkusTest
class AlignmentPageTest extends BrowserTest {
    private static final String ARABIC = String.join("\n",
            "وصل الوفد الأردني إلى واشنطن يوم الاثنين.",
            "وقال المتحدث إن المحادثات ستستمر 3 أيام.",
            "وأضاف أن الجانبين اتفقا على جدول الأعمال.",
            "وشكر الوزير المضيفين على حسن الاستقبال.");
    private static final String ENGLISH = String.join("\n",
            "The Jordanian delegation arrived in Washington on Monday.",
            "The spokesman said the talks would last 3 days.",
            "He added that the two sides had agreed on the agenda.");

    @Test
    void aDocumentPairIsReviewedAndCommittedByKeyboardAlone() throws Exception {
        long memory = Memories.create("web-aligned");
        try {
            browser.viewport(1366, 900, 1);
            propose("jordan-visit");
            WebElement firstRow = active();
            assertEquals("rtl", firstRow.findElement(By.cssSelector(".source")).getAttribute("dir"));
            assertEquals("ltr", firstRow.findElement(By.cssSelector(".target")).getAttribute("dir"));
            WebElement omitted = browser.find("#align-rows li.omitted[data-side='source']");
            assertTrue(omitted.getText().contains("وشكر الوزير") && omitted.getText().contains("not in the translation"));
            assertEquals(omitted, browser.all("#align-rows > li").get(3), "the omitted sentence stands where it falls");
            active().sendKeys("a");                       // accept pair 1
            browser.waitFor(d -> "accepted".equals(activeStatus()));
            active().sendKeys("j");
            active().sendKeys("r");                       // reject pair 2
            browser.waitFor(d -> "rejected".equals(activeStatus()));
            active().sendKeys("k");
            assertEquals("accepted", activeStatus(), "k went back to the first pair");
            active().sendKeys("j", "j");
            active().sendKeys("m");                       // merge pair 3 with nothing after it: told so
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("align-status"), "nothing after it"));
            browser.js("document.getElementById('align-status').scrollIntoView()");
            browser.screenshot("alignment-review"); // docs/workbench-alignment.png is a copy of it

            browser.find("#align-commit select[name='memoryId']").sendKeys("web-aligned");
            browser.waitFor(d -> browser.js("const s = document.querySelector('#align-commit select');"
                    + "return s.options[s.selectedIndex].text").toString().startsWith("web-aligned"));
            WebElement confidence = browser.find("#align-commit input[name='minConfidence']");
            confidence.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.ENTER); // Enter commits
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("align-status"), "stored in"));
            assertTrue(browser.find("#align-status").getText().startsWith("1 unit stored in web-aligned"),
                    browser.find("#align-status").getText());

            // The committed unit is found by Lookup at once.
            browser.find("#align-status a[href='#lookup']").sendKeys(Keys.ENTER);
            WebElement query = browser.visible("#lookup-query");
            query.clear();
            query.sendKeys("وصل الوفد الأردني إلى واشنطن يوم الاثنين.");
            browser.waitFor(d -> query.getAttribute("value").equals(browser.find("#lookup-matches").getAttribute("data-query")));
            WebElement top = browser.visible("#lookup-matches > li.match");
            assertEquals("The Jordanian delegation arrived in Washington on Monday.", top.findElement(By.cssSelector(".target")).getText());
            assertTrue(top.findElement(By.cssSelector(".origin")).getText().contains("jordan-visit"));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aLongDocumentIsPagedAndTheKeysCrossPages() {
        String arabic = IntStream.rangeClosed(1, 120).mapToObj(i -> "تناول البند " + i + " مسألة الميزانية.")
                .collect(Collectors.joining("\n"));
        // The translation lacks item 30: its Arabic stands alone on the first page.
        String english = IntStream.rangeClosed(1, 120).filter(i -> i != 30).mapToObj(i -> "Item " + i + " dealt with the budget.")
                .collect(Collectors.joining("\n"));
        browser.open(root, "alignment");
        browser.find("#align-form input[name='document']").sendKeys("budget-items");
        browser.find("#align-form input[name='perLine']").sendKeys(Keys.SPACE);
        browser.js("document.getElementById('align-source').value = arguments[0];"
                + "document.getElementById('align-target').value = arguments[1];", arabic, english);
        browser.find("#align-form button[type='submit']").sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.find("#align-pager").getText().contains("Page 1 of 3"));
        assertEquals(50, browser.all("#align-rows > li").size());
        List<WebElement> rows = browser.all("#align-rows > li");
        assertTrue(rows.get(29).getAttribute("class").contains("omitted"), rows.get(29).getText());
        rows.get(28).sendKeys("j");
        assertTrue(active().getText().contains("Item 31 "), "j passes over the omitted sentence: " + active().getText());
        rows.get(49).sendKeys("j");
        browser.waitFor(d -> browser.find("#align-pager").getText().contains("Page 2 of 3"));
        assertEquals(browser.find("#align-rows > li"), active(), "j on the last row opens the next page at its first row");
        assertTrue(active().getText().contains("Item 51 "), active().getText());

        // m joins this pair with the next; s cuts it again after its first sentence on each side.
        active().sendKeys("m");
        browser.waitFor(d -> String.valueOf(browser.js("return document.activeElement.textContent"))
                .contains("Item 52 dealt"));
        assertTrue(active().findElement(By.cssSelector(".target")).getText().startsWith("Item 51 dealt with the budget. Item 52"));
        active().sendKeys("s");
        browser.waitFor(d -> !String.valueOf(browser.js("return document.activeElement.textContent")).contains("Item 52 dealt"));
        assertEquals("Item 51 dealt with the budget.", active().findElement(By.cssSelector(".target")).getText());
    }

    @Test
    void aPairIsRePairedInItsRowByKeyboardAlone() throws Exception {
        long job = propose("repair-keys");
        WebElement row = active();
        long pairId = Long.parseLong(row.getAttribute("data-pair-id"));
        assertEquals(List.<Object>of(1, 1, 1, 1), ranges(job, pairId), "the aligner paired the first sentences");

        row.sendKeys("e");
        WebElement form = browser.visible("#align-rows li[data-pair-id='" + pairId + "'] form.repair-form");
        assertEquals("sourceStart", active().getAttribute("name"), "the focus lands in the first input");
        assertEquals("rtl", form.findElement(By.cssSelector("output.source")).getAttribute("dir"));
        assertEquals("ltr", form.findElement(By.cssSelector("output.target")).getAttribute("dir"));
        assertEquals("وصل الوفد الأردني إلى واشنطن يوم الاثنين.", form.findElement(By.cssSelector("output.source")).getText());
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.TAB);
        assertEquals("targetStart", active().getAttribute("name"));
        active().sendKeys(Keys.TAB);
        assertEquals("targetCount", active().getAttribute("name"));
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        WebElement preview = form.findElement(By.cssSelector("output.target"));
        browser.waitFor(d -> preview.getText().equals(
                "The Jordanian delegation arrived in Washington on Monday. The spokesman said the talks would last 3 days."));
        browser.screenshot("alignment-repair", form);
        active().sendKeys(Keys.TAB);
        assertEquals("Apply", active().getText());
        active().sendKeys(Keys.TAB);
        assertEquals("Cancel", active().getText());
        form.findElement(By.name("targetCount")).sendKeys(Keys.ENTER);

        browser.waitFor(d -> browser.all("form.repair-form").isEmpty()
                && String.valueOf(pairId).equals(active().getAttribute("data-pair-id")));
        assertEquals(List.<Object>of(1, 1, 1, 2), ranges(job, pairId));
        assertEquals("The Jordanian delegation arrived in Washington on Monday. The spokesman said the talks would last 3 days.",
                active().findElement(By.cssSelector(".target")).getText());
        assertEquals("accepted", activeStatus(), "a re-paired pair is the reviewer's own");
    }

    @Test
    void aRefusedRePairShowsTheServersMessageAndChangesNothing() {
        long job = propose("repair-refused");
        WebElement row = active();
        long pairId = Long.parseLong(row.getAttribute("data-pair-id"));
        String before = given().when().get("/api/alignments/" + job).then().statusCode(200).extract().asString();
        row.findElement(By.cssSelector(".align-actions button[aria-keyshortcuts='e']")).click();
        WebElement targetStart = browser.visible("form.repair-form input[name='targetStart']");
        targetStart.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9");
        browser.waitFor(d -> browser.find("form.repair-form .repair-note[id$='target-note']").getText()
                .equals("The translation has 3 sentences."));
        targetStart.sendKeys(Keys.ENTER);

        WebElement message = browser.visible("form.repair-form .field-error");
        // The server's own refusal, the one the API answers for this body.
        String detail = given().contentType("application/json")
                .body(Map.of("sourceStart", 1, "sourceCount", 1, "targetStart", 9, "targetCount", 1))
                .when().put("/api/alignments/" + job + "/pairs/" + pairId)
                .then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath().getString("violations.find { it.field == 'targetStart' }.message");
        assertEquals("must be between 1 and 3", detail);
        assertEquals("Use a number from 1 to 3.", message.getText().replace("⚠ ", ""));
        assertEquals("true", targetStart.getAttribute("aria-invalid"));
        assertEquals(targetStart, active(), "the focus goes to the refused number");
        assertFalse(browser.all("form.repair-form").isEmpty(), "the form stays open");
        assertEquals(before, given().when().get("/api/alignments/" + job).then().extract().asString(), "nothing changed");
    }

    /**
     * Another reviewer rejected the pair after this page read it: accepting it here is refused with
     * the server's message, the page shows the pair as it was, and the other reviewer's decision stays.
     */
    @Test
    void aPairAnotherReviewerChangedMeanwhileIsNotUndone() {
        long job = propose("two-reviewers");
        WebElement row = active();
        long pairId = Long.parseLong(row.getAttribute("data-pair-id"));
        given().when().post("/api/alignments/" + job + "/pairs/" + pairId + "/reject").then().statusCode(200);
        row.sendKeys("a");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("align-status"), "changed by someone else"));
        browser.waitFor(d -> "proposed".equals(activeStatus()));
        assertEquals("rejected", given().when().get("/api/alignments/" + job).then().extract().jsonPath()
                .getString("pairs.find { it.id == " + pairId + " }.status"));
        // Read again, the page shows the other reviewer's decision and acts on it.
        browser.driver.get(root + "?visit=" + System.nanoTime() + "#alignment/" + job);
        browser.waitFor(d -> String.valueOf(browser.js("return document.activeElement.dataset.pairId || ''")).length() > 0);
        assertEquals("rejected", activeStatus());
        active().sendKeys("a");
        browser.waitFor(d -> "accepted".equals(given().when().get("/api/alignments/" + job).then().extract().jsonPath()
                .getString("pairs.find { it.id == " + pairId + " }.status")));
    }

    @Test
    void escapeClosesTheFormAndTheReviewKeysStayOutOfIt() throws Exception {
        long job = propose("repair-escape");
        browser.viewport(360, 800, 2);
        WebElement row = active();
        long pairId = Long.parseLong(row.getAttribute("data-pair-id"));
        row.sendKeys("e");
        WebElement input = browser.visible("form.repair-form input[name='sourceStart']");
        assertFalse(browser.scrollsSideways(), "the re-pair form scrolls sideways at 360 px");
        browser.screenshot("alignment-repair-360");
        input.sendKeys("a", "r", "j");                 // the review's keys, typed into the form
        input.sendKeys(Keys.ESCAPE);

        browser.waitFor(d -> browser.all("form.repair-form").isEmpty());
        assertEquals(String.valueOf(pairId), active().getAttribute("data-pair-id"), "the focus is back on the row");
        assertEquals("proposed", pair(job, pairId).get("status"), "a and r typed into the form did not review the pair");
        assertEquals(List.<Object>of(1, 1, 1, 1), ranges(job, pairId));
        active().sendKeys("j");
        assertTrue(active().getText().contains("The spokesman said"), "the review's keys work again on the row");
    }

    @Test
    void aReviewIsReopenedFromItsAddress() {
        long job = propose("reopened-later");
        assertEquals("#alignment/" + job, browser.js("return location.hash"), "a reload or a bookmark comes back to the job");
        active().sendKeys("a");
        browser.waitFor(d -> "accepted".equals(activeStatus()));

        browser.driver.get(root + "?visit=" + System.nanoTime() + "#alignment/" + job);
        browser.waitFor(d -> String.valueOf(browser.js("return document.activeElement.dataset.pairId || ''")).length() > 0);
        assertEquals("accepted", activeStatus(), "the review goes on where it stopped");
        assertTrue(browser.find("#align-status").getText().startsWith("reopened-later: 3 pairs, 1 accepted"),
                browser.find("#align-status").getText());

        // An accept shows at once; when the server refuses it, the pair is put back and the reason shown.
        active().sendKeys("j");
        given().when().delete("/api/alignments/" + job).then().statusCode(204);
        active().sendKeys("a");
        browser.waitFor(d -> "error".equals(browser.find("#align-status").getAttribute("data-kind")));
        assertEquals("proposed", activeStatus());
        assertTrue(browser.find("#align-status").getText().contains(String.valueOf(job)), browser.find("#align-status").getText());

        browser.driver.get(root + "?visit=" + System.nanoTime() + "#alignment/999999");
        browser.waitFor(d -> browser.find("#align-status").getText().contains("999999"));
        assertTrue(browser.all("#align-rows > li").isEmpty());
    }

    /** Aligns the two short texts as a document of that name; the first pair has the focus. Returns the job's id. */
    private long propose(String document) {
        browser.open(root, "alignment");
        browser.find("#align-form input[name='document']").sendKeys(document);
        browser.find("#align-form input[name='perLine']").sendKeys(Keys.SPACE);
        browser.find("#align-source").sendKeys(ARABIC);
        browser.find("#align-target").sendKeys(ENGLISH);
        browser.find("#align-form button[type='submit']").sendKeys(Keys.ENTER);
        WebElement firstRow = browser.visible("#align-rows li.align-row[data-pair-id]");
        browser.waitFor(d -> firstRow.equals(d.switchTo().activeElement()));
        return given().queryParam("size", 500).when().get("/api/alignments").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.document == '" + document + "' }.id");
    }

    private static Map<String, Object> pair(long job, long pairId) {
        return given().queryParam("size", 500).when().get("/api/alignments/" + job).then().statusCode(200)
                .extract().jsonPath().getMap("pairs.find { it.id == " + pairId + " }");
    }

    /** The pair's sourceStart, sourceCount, targetStart, targetCount as the API gives them. */
    private static List<Object> ranges(long job, long pairId) {
        Map<String, Object> pair = pair(job, pairId);
        return List.of(pair.get("sourceStart"), pair.get("sourceCount"), pair.get("targetStart"), pair.get("targetCount"));
    }

    /** Read in one step: a review action redraws the rows under the focus. */
    private static String activeStatus() {
        return (String) browser.js("return document.activeElement.dataset.status || ''");
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }
}
