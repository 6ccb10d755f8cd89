package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Accounts;
import io.dragoman.api.Memories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Editing the memory from the page: a unit edited in place, a stale edit, delete and undo, a QA fix, its access. */
@QuarkusTest
class MemoriesPageTest extends BrowserTest {
    @Test
    void aUnitIsEditedInPlaceAndAStaleEditIsShownNotLost() {
        long memory = Memories.create("web-edit");
        try {
            long unit = Memories.unit(memory, "عقد مجلس الأمن جلسة طارئة", "The Security Council held an emergency meeting");
            WebElement item = browse("web-edit", unit);
            item.findElement(By.cssSelector("button.edit")).click();
            WebElement target = browser.waitFor(d -> item.findElement(By.cssSelector("textarea[name='targetText']")));
            assertEquals("ar", item.findElement(By.cssSelector("textarea[name='sourceText']")).getAttribute("lang"));
            assertEquals("rtl", item.findElement(By.cssSelector("textarea[name='sourceText']")).getAttribute("dir"));
            target.clear();
            target.sendKeys("The Security Council held an urgent session", Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.waitFor(ExpectedConditions.textToBePresentInElement(item, "saved (version"));
            assertEquals("The Security Council held an urgent session", unitJson(unit).get("targetText"));

            // Someone else saves meanwhile: the page says so, keeps the translator's text, and a second Save wins.
            item.findElement(By.cssSelector("button.edit")).click();
            WebElement again = browser.waitFor(d -> item.findElement(By.cssSelector("textarea[name='targetText']")));
            Map<String, Object> stored = unitJson(unit);
            given().contentType(ContentType.JSON).body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                    "sourceText", stored.get("sourceText"), "targetText", "The Council met in emergency session",
                    "version", stored.get("version"))).when().put("/api/units/" + unit).then().statusCode(200);
            again.clear();
            again.sendKeys("The Security Council convened an emergency session");
            item.findElement(By.cssSelector(".unit-editor button[type='submit']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElement(item, "someone changed this unit"));
            assertTrue(item.findElement(By.cssSelector(".theirs")).getText().contains("The Council met in emergency session"));
            assertEquals("The Security Council convened an emergency session", again.getAttribute("value"));
            item.findElement(By.cssSelector(".unit-editor button[type='submit']")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElement(item, "saved (version"));
            assertEquals("The Security Council convened an emergency session", unitJson(unit).get("targetText"));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aDeletedUnitCanBeTakenBackAndOtherwiseGoes() throws Exception {
        long memory = Memories.create("web-delete");
        try {
            long kept = Memories.unit(memory, "وصل الوفد إلى القاهرة", "The delegation arrived in Cairo");
            long gone = Memories.unit(memory, "غادر الوفد القاهرة", "The delegation left Cairo");
            WebElement item = browse("web-delete", kept);
            item.findElement(By.cssSelector("button.delete")).sendKeys(Keys.ENTER);
            WebElement undo = browser.waitFor(d -> item.findElement(By.cssSelector("button.undo")));
            assertEquals(undo, browser.driver.switchTo().activeElement(), "Undo takes the focus");
            undo.sendKeys(Keys.ENTER);
            browser.waitFor(d -> !item.findElements(By.cssSelector("button.edit")).isEmpty());

            WebElement other = browser.find("#units-list li[data-unit-id='" + gone + "']");
            other.findElement(By.cssSelector("button.delete")).click();
            browser.waitFor(d -> given().when().get("/api/units/" + gone).statusCode() == 404);
            browser.waitFor(ExpectedConditions.textToBePresentInElement(other, "deleted"));
            assertEquals(200, given().when().get("/api/units/" + kept).statusCode(), "the undone deletion was never sent");
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aQaFindingIsFixedInPlace() throws Exception {
        long memory = Memories.create("web-fix");
        try {
            long unit = Memories.unit(memory, "تبلغ المساعدات السنوية ٣٫٨ مليار دولار.", "Annual aid is $38 billion.");
            browser.open(root, "qa");
            browser.waitFor(d -> !browser.all("#qa-check-list input[value='number-mismatch']").isEmpty());
            browser.waitFor(d -> browser.find("#qa-memory").getText().contains("web-fix (1)"));
            new Select(browser.find("#qa-memory")).selectByVisibleText("web-fix (1)");
            browser.find("#qa-form button[type='submit']").click();
            browser.visible("#qa-summary li[data-check='number-mismatch'] button").click();
            browser.waitFor(d -> "number-mismatch//0".equals(browser.find("#qa-findings").getAttribute("data-filter")));
            WebElement finding = browser.find("#qa-findings > li");
            finding.findElement(By.tagName("summary")).click();
            finding.findElement(By.cssSelector("button.fix")).click();
            WebElement target = browser.waitFor(d -> finding.findElement(By.cssSelector(".unit-editor textarea[name='targetText']")));
            target.clear();
            target.sendKeys("Annual aid is $3.8 billion.", Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.waitFor(ExpectedConditions.textToBePresentInElement(finding, "Unit #" + unit + " saved"));
            assertEquals("Annual aid is $3.8 billion.", unitJson(unit).get("targetText"));
            browser.screenshot("qa-fixed");
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void theMemoryAndTheGlossaryAreExportedFromThePage() throws Exception {
        long memory = Memories.create("web-export");
        try {
            Memories.unit(memory, "افتتح المعرض أبوابه للزوار", "The fair opened its doors to visitors");
            browse("web-export", Memories.unit(memory, "أغلق المعرض أبوابه", "The fair closed its doors"));
            new Select(browser.find("#units-export select[name='direction']")).selectByValue("en:ar");
            browser.js("const d = document.querySelector('#units-export input[name=changedSince]'); d.value = '2020-01-31';"
                    + "d.dispatchEvent(new Event('input', {bubbles: true}));");
            WebElement link = browser.find("#units-export-link");
            browser.waitFor(d -> link.getAttribute("href").contains("changedSince=2020-01-31"));
            java.net.URL href = new java.net.URL(link.getAttribute("href"));
            assertTrue(href.getQuery().contains("sourceLang=en&targetLang=ar&bothDirections=true"), href.getQuery());
            assertEquals("web-export.tmx", link.getAttribute("download"));
            String tmx = given().when().get(href.getFile()).then().statusCode(200).extract().asString();
            assertTrue(tmx.contains("The fair opened its doors to visitors") && tmx.contains("أغلق المعرض أبوابه"), tmx);

            browser.open(root, "glossary");
            for (String format : new String[] {"tbx", "csv"}) {
                WebElement export = browser.find("#glossary-exports a[href$='format=" + format + "']");
                String body = given().when().get(new java.net.URL(export.getAttribute("href")).getFile())
                        .then().statusCode(200).extract().asString();
                assertTrue(body.contains("قوة حفظ السلام"), format);
            }
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void anAdminRestrictsAMemoryToItsMembersAndOpensItAgain() throws Exception {
        String name = "web-access-" + System.nanoTime();
        long memory = Memories.create(name);
        Accounts.ensure("mona", "translator");
        try {
            browser.open(root, "memories");
            assertEquals("Team", inRow(name, "td.access", WebElement::getText));
            inRow(name, "button.edit-access", click());
            WebElement form = browser.visible("#memory-access");
            form.findElement(By.cssSelector("input[name=access][value=restricted]")).click();
            browser.find("#memory-access-add").click();
            WebElement user = browser.find("#memory-access-list input[name='members[0].username']");
            user.sendKeys("nobody-of-that-name");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            // An unknown user: the message sits beside its row and the memory stays open to the team.
            browser.waitFor(d -> !form.findElements(By.cssSelector(".field-error")).isEmpty());
            assertTrue(form.findElement(By.cssSelector(".field-error")).getText().contains("no user is named"));
            assertEquals("team", accessJson(memory).getString("access"));

            user.clear();
            user.sendKeys("mona");
            browser.find("#memory-access-list input[name='members[0].write']").click();
            browser.screenshot("memory-access");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("memory-access-status"), "saved"));
            assertEquals("restricted", accessJson(memory).getString("access"));
            assertEquals(List.of("mona"), accessJson(memory).getList("members.username"));
            assertEquals(List.of(true), accessJson(memory).getList("members.write"));
            browser.waitFor(d -> "Restricted: mona (writes)".equals(inRow(name, "td.access", WebElement::getText)));

            inRow(name, "button.edit-access", click());
            browser.visible("#memory-access input[name=access][value=team]").click();
            assertFalse(browser.find("#memory-access-members").isDisplayed(), "a team memory has no members to edit");
            browser.find("#memory-access button[type=submit]").click();
            browser.waitFor(d -> "team".equals(accessJson(memory).getString("access")));
            browser.waitFor(d -> "Team".equals(inRow(name, "td.access", WebElement::getText)));

            inRow(name, "button.edit-access", click());
            browser.visible("#memory-access input[name=access][value=public]").click();
            browser.find("#memory-access button[type=submit]").click();
            browser.waitFor(d -> "Public".equals(inRow(name, "td.access", WebElement::getText)));
            assertEquals("public", accessJson(memory).getString("access"));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aTranslatorSeesTheAccessButCannotChangeIt() {
        String name = "web-access-shown-" + System.nanoTime();
        long memory = Memories.create(name);
        io.dragoman.api.MemoryAccessTest.restrict(memory, "mona", null);
        try {
            browser.driver.manage().deleteAllCookies();
            browser.signIn(root, "mona", Accounts.PASSWORD);
            browser.open(root, "memories");
            assertEquals("Restricted", inRow(name, "td.access", WebElement::getText), "members are an admin's");
            assertEquals("hidden", inRow(name, "button.edit-access", e -> e.isDisplayed() ? "shown" : "hidden"));
            assertFalse(browser.find("#memory-access").isDisplayed());
        } finally {
            // The next test signs in as the admin again.
            browser.driver.manage().deleteAllCookies();
            Memories.delete(memory);
        }
    }

    private WebElement memoryRow(String memory) {
        return inRow(memory, "th", th -> th.findElement(By.xpath("..")));
    }

    /**
     * What {@code use} makes of an element in the memory's row of the table. The table is drawn
     * again whenever the list is fetched, so an element found a moment ago may be gone: then the
     * row is looked up again.
     */
    private <T> T inRow(String memory, String css, java.util.function.Function<WebElement, T> use) {
        return browser.waitFor(d -> {
            try {
                return browser.all("#memories-table tbody tr").stream().filter(tr -> tr.getText().startsWith(memory))
                        .findFirst().map(tr -> use.apply(tr.findElement(By.cssSelector(css)))).orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private static java.util.function.Function<WebElement, Boolean> click() {
        return element -> {
            element.click();
            return true;
        };
    }

    private static io.restassured.path.json.JsonPath accessJson(long memory) {
        return given().when().get("/api/memories/" + memory + "/access").then().statusCode(200).extract().jsonPath();
    }

    private WebElement browse(String memory, long unit) {
        browser.open(root, "memories");
        WebElement row = memoryRow(memory);
        row.findElement(By.tagName("button")).click();
        return browser.visible("#units-list li[data-unit-id='" + unit + "']");
    }

    private static Map<String, Object> unitJson(long unit) {
        return given().when().get("/api/units/" + unit).then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
