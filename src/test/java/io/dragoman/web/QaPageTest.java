package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The QA panel: a run on a small memory, its counts, a finding opened with its spans, ignored. */
@QuarkusTest
class QaPageTest extends BrowserTest {
    private static final String MEMORY = "web-qa";

    private long memory;

    @Test
    void runsTheChecksOpensANumberMismatchWithItsSpansAndIgnoresIt() throws Exception {
        memory = given().contentType(ContentType.JSON).body(Map.of("name", MEMORY))
                .when().post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        unit("تبلغ المساعدات العسكرية السنوية ٣٫٨ مليار دولار.", "Annual military aid is $38 billion.");
        unit("وصل الوفد إلى رفح يوم الخميس.", "The delegation arrived in Rafah on Thursday.");
        try {
            runAndReview();
        } finally {
            given().when().delete("/api/memories/" + memory);
        }
    }

    private void runAndReview() throws Exception {
        browser.open(root, "qa");
        browser.waitFor(d -> !browser.all("#qa-check-list input[value='number-mismatch']").isEmpty());
        new Select(browser.find("#qa-memory")).selectByVisibleText(MEMORY + " (2)");
        browser.find("#qa-form button[type='submit']").click();

        WebElement count = browser.visible("#qa-summary li[data-check='number-mismatch']");
        assertTrue(count.getText().startsWith("1"), count.getText());
        count.findElement(By.tagName("button")).click();
        browser.waitFor(d -> "number-mismatch//0".equals(browser.find("#qa-findings").getAttribute("data-filter")));
        List<WebElement> findings = browser.all("#qa-findings > li");
        assertEquals(1, findings.size());
        WebElement finding = findings.get(0);
        assertEquals("number-mismatch", finding.findElement(By.cssSelector(".check-id")).getText());

        finding.findElement(By.tagName("summary")).click();
        WebElement source = finding.findElement(By.cssSelector(".source"));
        assertEquals("rtl", source.getAttribute("dir"));
        List<String> marked = source.findElements(By.cssSelector("mark.finding-span")).stream().map(WebElement::getText).toList();
        List<String> markedTarget = finding.findElements(By.cssSelector(".target mark.finding-span")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.contains("٣٫٨"), marked.toString());
        assertTrue(markedTarget.stream().anyMatch(t -> t.contains("38")), markedTarget.toString());
        browser.screenshot("qa-finding");

        finding.findElement(By.cssSelector("button.ignore")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElement(finding, "Ignored"));
        assertTrue(finding.getAttribute("class").contains("ignored"));

        String html = browser.find("#qa-downloads a").getAttribute("href");
        given().when().get(new URL(html).getFile()).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("number-mismatch"));

        // The next run of the memory leaves the ignored finding out.
        browser.find("#qa-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#qa-summary h2"), "1 ignored earlier"));
        assertFalse(browser.all("#qa-summary li[data-check='number-mismatch']").stream()
                .anyMatch(li -> li.getText().startsWith("1")), "the ignored finding came back");
    }

    private void unit(String arabic, String english) {
        given().contentType(ContentType.JSON).body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", arabic, "targetText", english)).when().post("/api/units").then().statusCode(201);
    }
}
