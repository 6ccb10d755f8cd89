package io.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Memories;
import io.dragoman.seed.SeedLoader;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The details a translator trips on: focus, score field, duplicates, repaired numbers, origins, messages. */
@QuarkusTest
class LookupDetailsPageTest extends BrowserTest {
    @Test
    void opensWithTheCursorInTheTextBoxAndAHint() {
        browser.open(root, "lookup");
        browser.waitFor(d -> "lookup-query".equals(browser.js("return document.activeElement.id")));
        assertTrue(browser.find("#lookup-query").getAttribute("placeholder").contains("Arabic or English"));
    }

    @Test
    void aMinimumScoreOutsideZeroToHundredIsRefusedInThePage() {
        browser.open(root, "lookup");
        WebElement min = browser.find("#lookup-min");
        min.clear();
        min.sendKeys("200");
        browser.js("performance.clearResourceTimings()");
        type("قوة حفظ السلام");
        browser.waitFor(d -> browser.find("#lookup-status").getText().contains("from 0 to 100"));
        assertEquals("true", min.getAttribute("aria-invalid"));
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/lookup')).length"), "nothing was sent");
        min.clear();
        min.sendKeys("0");
        browser.waitFor(d -> browser.find("#lookup-status").getText().contains("ar → en"));
        assertEquals("false", min.getAttribute("aria-invalid"));
    }

    @Test
    void identicalUnitsAreOneMatchWithTheirCountAndRepairedNumbersAreMarked() {
        long first = Memories.create("web-details-a");
        long second = Memories.create("web-details-b");
        try {
            Memories.unit(first, "يعقد المجلس جلسته الثالثة في جنيف هذا الأسبوع", "The council holds its third session in Geneva this week");
            Memories.unit(second, "يعقد المجلس جلسته الثالثة في جنيف هذا الأسبوع", "The council holds its third session in Geneva this week");
            Memories.unit(first, "وصل 25 جنديا من قوة الحماية إلى المعبر", "25 soldiers of the protection force reached the crossing");
            browser.open(root, "lookup");
            type("يعقد المجلس جلسته الثالثة في جنيف هذا الأسبوع");
            List<WebElement> same = matches().stream().filter(m -> m.getText().contains("Geneva")).toList();
            assertEquals(1, same.size(), "the two identical units are one match");
            assertEquals("×2 identical units", same.get(0).findElement(By.cssSelector(".copies")).getText());

            type("وصل 40 جنديا من قوة الحماية إلى المعبر");
            WebElement target = matches().get(0).findElement(By.cssSelector(".target"));
            assertEquals("40 soldiers of the protection force reached the crossing", target.getText());
            WebElement repaired = target.findElement(By.cssSelector("mark.repaired"));
            assertEquals("40", repaired.getText());
            assertEquals("stored: 25", repaired.getAttribute("title"));
        } finally {
            Memories.delete(first);
            Memories.delete(second);
        }
    }

    @Test
    void theGlossaryTermsOfTheSentenceShowTheirTranslationsAndCopyByKey() throws Exception {
        browser.open(root, "lookup");
        type("وصلت قوة حفظ السلام إلى غزة");
        WebElement row = browser.waitFor(d -> browser.all("#lookup-term-list > li").stream()
                .filter(li -> li.getText().startsWith("قوة حفظ السلام")).findFirst().orElse(null));
        List<WebElement> targets = row.findElements(By.cssSelector(".term-target"));
        assertEquals("peacekeeping force", targets.get(0).getText());
        assertEquals("strong", targets.get(0).getTagName());
        assertEquals("en", targets.get(0).getAttribute("lang"));
        WebElement deprecated = row.findElement(By.cssSelector("s.term-target.status-deprecated"));
        assertEquals("peace-keeping troops", deprecated.getText());
        assertTrue(row.getText().contains("deprecated"), row.getText());
        assertEquals("rtl", row.findElement(By.cssSelector(".term-source")).getAttribute("dir"));

        int n = browser.all("#lookup-term-list > li").indexOf(row) + 1;
        browser.find("#lookup-query").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL,
                org.openqa.selenium.Keys.SHIFT, String.valueOf(n)));
        browser.waitFor(d -> browser.find("#lookup-status").getText().equals("Term " + n + ": «peacekeeping force» copied."));
        assertTrue(row.getAttribute("class").contains("copied"));
        assertEquals("lookup-query", browser.js("return document.activeElement.id"), "the cursor stays in the text box");
        assertEquals("وصلت قوة حفظ السلام إلى غزة", browser.find("#lookup-query").getAttribute("value"));
        browser.screenshot("lookup-glossary-terms");
    }

    @Test
    void aMatchNamesTheDocumentItCameFrom() {
        browser.open(root, "lookup");
        type("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة");
        WebElement origin = matches().get(0).findElement(By.cssSelector(".origin"));
        assertEquals("from " + SeedLoader.DOCUMENT_NAME + ", sentence 1", origin.getText());
    }

    @Test
    void validationAndServerFailuresAreToldInPlainWords() {
        browser.open(root, "memories");
        browser.find("#memory-form button[type='submit']").click();
        assertEquals("Required: fill this in.", browser.visible("#memory-form .field-error").getText());
        browser.find("#memory-name").sendKeys("م".repeat(201));
        browser.find("#memory-form button[type='submit']").click();
        browser.waitFor(d -> browser.find("#memory-form .field-error").getText()
                .equals("Too long: at most 200 characters (this has 201)."));
        // The page's own code, run in the browser, on the problem the server sends for an unexpected failure.
        String told = (String) browser.driver.executeAsyncScript("const done = arguments[0];"
                + "import('./js/api.js').then(m => done(new m.ApiError(500, {type: '/problems/internal-error',"
                + " title: 'Internal error', detail: 'Dragoman failed to process the request; the server log has"
                + " the details under 7f3a'}).describe()));");
        assertEquals("The server failed to do this (HTTP 500); nothing was changed. Try again,"
                + " or give your administrator the reference 7f3a.", told);
    }

    private static void type(String text) {
        WebElement query = browser.find("#lookup-query");
        query.clear();
        query.sendKeys(text);
    }

    private static List<WebElement> matches() {
        String typed = browser.find("#lookup-query").getAttribute("value");
        browser.waitFor(d -> typed.equals(browser.find("#lookup-matches").getAttribute("data-query")));
        browser.visible("#lookup-matches > li.match");
        return browser.all("#lookup-matches > li.match");
    }
}
