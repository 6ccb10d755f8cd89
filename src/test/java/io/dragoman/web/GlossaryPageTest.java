package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The glossary panel in a real browser: search, a new concept, a validation error beside its field. */
@QuarkusTest
class GlossaryPageTest extends BrowserTest {

    @Test
    void findsTheSeedConceptBySearchingAnEnglishTerm() throws Exception {
        browser.open(root, "glossary");
        browser.submit("#glossary-q", "peacekeeping force", "#glossary-results");
        WebElement concept = browser.visible("#glossary-results .concept-link");
        assertEquals("قوة حفظ السلام", concept.findElement(By.cssSelector(".term-ar")).getText());
        assertEquals("rtl", concept.findElement(By.cssSelector(".term-ar")).getAttribute("dir"));
        assertEquals("peacekeeping force", concept.findElement(By.cssSelector(".term-en")).getText());

        concept.click();
        WebElement editor = browser.visible("#glossary-editor form");
        List<String> terms = editor.findElements(By.cssSelector("input[name$='.text']")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertTrue(terms.contains("قوة حفظ السلام") && terms.contains("peace-keeping troops"), terms.toString());
        WebElement deprecated = editor.findElements(By.cssSelector("fieldset.term")).stream()
                .filter(f -> "deprecated".equals(f.getAttribute("data-status"))).findFirst().orElseThrow();
        assertEquals("peace-keeping troops", deprecated.findElement(By.cssSelector("input[name$='.text']")).getAttribute("value"));
        browser.screenshot("glossary-concept");
    }

    @Test
    void searchesNormalisedSoThatTehMarbutaWrittenAsHehFindsTheTerm() {
        browser.open(root, "glossary");
        browser.submit("#glossary-q", "قوه حفظ", "#glossary-results");
        List<String> found = browser.all("#glossary-results .term-ar").stream().map(WebElement::getText).toList();
        assertTrue(found.contains("قوة حفظ السلام"), found.toString());
    }

    @Test
    void showsTheApiValidationMessageBesideAnEmptyTermThenSaves() throws Exception {
        browser.open(root, "glossary");
        browser.find("#glossary-new").click();
        WebElement form = browser.visible("#glossary-editor form");
        form.findElement(By.name("externalId")).sendKeys("web-truce-observer");
        form.findElement(By.name("subject")).sendKeys("military");
        form.findElement(By.name("terms[0].text")).sendKeys("مراقب الهدنة");
        form.findElement(By.name("terms[1].text")).sendKeys("truce observer");
        form.findElement(By.xpath(".//button[text()='Add term']")).click();
        WebElement empty = form.findElement(By.name("terms[2].text"));
        assertEquals(browser.driver.switchTo().activeElement(), empty, "the new term's text has the focus");
        form.findElement(By.xpath(".//button[text()='Save concept']")).click();

        WebElement error = browser.visible("#glossary-editor .field-error");
        assertEquals("Required: fill this in.", error.getText());
        assertEquals(empty, error.findElement(By.xpath("preceding-sibling::input[1]")), "the message sits beside the field");
        assertEquals("true", empty.getAttribute("aria-invalid"));
        assertTrue(empty.getAttribute("aria-describedby").contains(error.getAttribute("id")));
        browser.screenshot("glossary-validation");
        given().queryParam("q", "truce observer").when().get("/api/glossary/concepts")
                .then().body("total", equalTo(0));

        empty.sendKeys("مراقبو الهدنة");
        new Select(form.findElement(By.name("terms[2].status"))).selectByValue("admitted");
        form.findElement(By.xpath(".//button[text()='Save concept']")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#glossary-editor .status"), "Saved concept web-truce-observer"));
        assertTrue(browser.all("#glossary-editor .field-error").isEmpty());
        given().queryParam("q", "truce observer").when().get("/api/glossary/concepts")
                .then().body("total", equalTo(1))
                .body("items[0].terms.text", equalTo(List.of("مراقب الهدنة", "truce observer", "مراقبو الهدنة")))
                .body("items[0].terms[2].status", equalTo("admitted"));

        browser.find("#glossary-editor button.danger").click();
        browser.driver.switchTo().alert().accept();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#glossary-editor"), "Concept deleted."));
        given().queryParam("q", "truce observer").when().get("/api/glossary/concepts")
                .then().body("total", equalTo(0));
    }

    @Test
    void aGlossaryTermInTheQueryOpensItsConceptWithForbiddenTermsMarked() throws Exception {
        browser.open(root, "lookup");
        String typed = "ولقوة حفظ السلام في غزة دورٌ كبير";
        browser.find("#lookup-query").sendKeys(typed);
        browser.waitFor(d -> typed.equals(browser.find("#lookup-terms-text").getAttribute("data-query")));
        WebElement term = browser.visible("#lookup-terms-text button.term");
        assertEquals("ولقوة حفظ السلام", term.getText(), "the term is found with its clitics");
        term.click();
        WebElement popover = browser.visible("#popover");
        assertEquals("قوة حفظ السلام", popover.findElement(By.id("popover-title")).getText());
        assertTrue(popover.findElement(By.cssSelector(".use")).getText().contains("peacekeeping force"));
        String text = popover.getText();
        assertTrue(text.contains("Concept peacekeeping-force · military"), text);
        assertTrue(text.contains("peacekeeping force") && text.contains("preferred"), text);
        WebElement deprecated = popover.findElement(By.cssSelector("li.status-deprecated s.term-text"));
        assertEquals("peace-keeping troops", deprecated.getText());
        browser.screenshot("lookup-glossary-popover");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitFor(ExpectedConditions.invisibilityOf(popover));
        assertEquals(term, browser.driver.switchTo().activeElement(), "focus returns to the term");
    }
}
