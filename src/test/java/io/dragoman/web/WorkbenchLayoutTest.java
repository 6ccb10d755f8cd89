package io.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page as a whole: its own origin only, a narrow side window, 200 % zoom, keyboard order. */
@QuarkusTest
class WorkbenchLayoutTest extends BrowserTest {
    private static final List<String> PANELS = List.of("lookup", "concordance", "glossary", "memories", "alignment", "import", "qa",
            "tokens");

    @Test
    void everyPanelLoadsFromTheServerAloneWithoutScriptErrors() {
        for (String panel : PANELS) {
            browser.open(root, panel);
            assertEquals(panel, browser.find("nav a[aria-current='page']").getAttribute("data-panel"));
            assertEquals(1, browser.all(".panel:not([hidden])").size(), panel);
        }
        String origin = root.getProtocol() + "://" + root.getAuthority() + "/";
        List<String> resources = browser.loadedResources();
        assertTrue(resources.size() > 5, resources.toString());
        assertTrue(resources.stream().allMatch(r -> r.startsWith(origin)), resources.toString());
        // API answers are each panel's business (and tested there); scripts and styles must all load and run.
        assertEquals(List.of(), browser.consoleErrors().stream()
                .filter(e -> !(e.contains("/api/") && e.contains("Failed to load resource"))).toList());
    }

    @Test
    void fitsASideWindowOf360PixelsOnEveryPanel() throws Exception {
        // A name without a break, as imports from other tools bring (file names, ids), must wrap too.
        long unbroken = io.dragoman.api.Memories.create("ذاكرة_" + "x".repeat(60) + "_" + System.nanoTime());
        browser.viewport(360, 800, 2);
        for (String panel : PANELS) {
            browser.open(root, panel);
            assertFalse(browser.scrollsSideways(), panel + " scrolls sideways at 360 px");
        }
        browser.open(root, "glossary");
        browser.submit("#glossary-q", "قوة", "#glossary-results");
        assertTrue(browser.find("#glossary-results").getText().contains("قوة حفظ السلام"));
        assertFalse(browser.scrollsSideways(), "glossary results scroll sideways at 360 px");
        browser.screenshot("narrow-glossary");
        io.dragoman.api.Memories.delete(unbroken);
    }

    @Test
    void staysInOneColumnWithoutSidewaysScrollingAt200PercentZoom() throws Exception {
        // A 1280 × 900 window at 200 % zoom lays out 640 × 450 CSS pixels, each drawn twice as large.
        browser.viewport(640, 450, 2);
        for (String panel : PANELS) {
            browser.open(root, panel);
            assertFalse(browser.scrollsSideways(), panel + " scrolls sideways at 200 %");
        }
        browser.open(root, "memories");
        browser.visible("#memories-table tbody tr");
        browser.screenshot("zoom-200-memories");
    }

    @Test
    void keyboardReachesTheLookupControlsInReadingOrder() {
        browser.open(root, "lookup");
        WebElement query = browser.find("#lookup-query");
        query.click();
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            order.add(browser.driver.switchTo().activeElement().getAttribute("id"));
        }
        assertEquals(List.of("lookup-direction", "lookup-memory", "lookup-min"), order);
        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB),
                Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals(query, browser.driver.switchTo().activeElement());
    }
}
