package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Memories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
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
            browser.open(root, "alignment");
            browser.find("#align-form input[name='document']").sendKeys("jordan-visit");
            browser.find("#align-form input[name='perLine']").sendKeys(Keys.SPACE);
            browser.find("#align-source").sendKeys(ARABIC);
            browser.find("#align-target").sendKeys(ENGLISH);
            browser.find("#align-form button[type='submit']").sendKeys(Keys.ENTER);

            WebElement firstRow = browser.visible("#align-rows li.align-row[data-pair-id]");
            browser.waitFor(d -> firstRow.equals(d.switchTo().activeElement()));
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
        String english = IntStream.rangeClosed(1, 120).mapToObj(i -> "Item " + i + " dealt with the budget.")
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

    /** Read in one step: a review action redraws the rows under the focus. */
    private static String activeStatus() {
        return (String) browser.js("return document.activeElement.dataset.status || ''");
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }
}
