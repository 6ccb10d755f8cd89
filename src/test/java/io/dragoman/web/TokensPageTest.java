package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A translator makes a token for a CAT tool on the page, sees it once, uses it, and revokes it there. */
@QuarkusTest
class TokensPageTest extends BrowserTest {
    @Override
    boolean signsInAsAdmin() {
        return false;
    }

    @Test
    void aTranslatorMakesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        Accounts.ensure("nadia", "translator");
        browser.signIn(root, "nadia", Accounts.PASSWORD);
        browser.open(root, "tokens");
        browser.waitFor(d -> !browser.all("#tokens-table tbody tr").isEmpty());
        assertFalse(browser.find("#token-created").isDisplayed(), "no secret before one is made");
        List<String> ceilings = browser.all("#token-role option").stream().filter(WebElement::isDisplayed)
                .map(o -> o.getAttribute("value")).toList();
        assertFalse(ceilings.contains("admin"), "a translator cannot make an admin's token: " + ceilings);

        browser.find("#token-form button[type=submit]").click();
        browser.waitFor(d -> !browser.all("#token-form .field-error").isEmpty());
        assertTrue(browser.find("#token-form .field-error").getText().contains("1 to 100 characters"),
                browser.find("#token-form .field-error").getText());
        assertFalse(browser.find("#token-created").isDisplayed(), "a token needs a name");

        browser.find("#token-name").sendKeys("OmegaT على الحاسوب");
        new org.openqa.selenium.support.ui.Select(browser.find("#token-memory"))
                .selectByVisibleText(io.dragoman.seed.SeedLoader.MEMORY + " (" + seedUnits() + ")");
        browser.find("#token-form button[type=submit]").click();
        WebElement secret = browser.visible("#token-secret");
        String token = secret.getText();
        assertTrue(token.startsWith("dgm_"), token);
        browser.waitFor(d -> browser.find("#tokens-table tbody").getText().contains("OmegaT على الحاسوب"));
        assertTrue(browser.find("#tokens-table tbody").getText().contains("never"), "not used yet");
        assertTrue(browser.find("#tokens-table tbody").getText().contains(io.dragoman.seed.SeedLoader.MEMORY),
                "the token's memory is listed: " + browser.find("#tokens-table tbody").getText());
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/tokens").then()
                .body("find { it.name == 'OmegaT على الحاسوب' }.memory",
                        org.hamcrest.Matchers.equalTo(io.dragoman.seed.SeedLoader.MEMORY));

        given().auth().none().header("Authorization", "Bearer " + token).get("/api/memories").then().statusCode(200);
        browser.viewport(360, 800, 2);
        assertFalse(browser.scrollsSideways(), "the secret wraps in a side window");
        browser.screenshot("token-made");
        browser.resetViewport();

        // A fresh visit shows the list only: the secret is never shown again.
        browser.open(root, "tokens");
        browser.waitFor(d -> browser.find("#tokens-table tbody").getText().contains("OmegaT على الحاسوب"));
        assertFalse(browser.find("#token-created").isDisplayed());
        assertFalse(browser.driver.getPageSource().contains(token), "the secret left the page");
        assertFalse(browser.find("#tokens-table tbody").getText().contains("never"), "its use is recorded");

        browser.js("window.confirm = () => true");
        browser.find("#tokens-table tbody tr button").click();
        browser.waitFor(d -> browser.find("#tokens-table tbody").getText().contains("revoked"));
        assertEquals(0, browser.all("#tokens-table tbody tr button").size(), "a revoked token has nothing left to revoke");
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/memories").then().statusCode(401);
    }

    private static int seedUnits() {
        return given().get("/api/memories").then().extract()
                .path("find { it.name == '" + io.dragoman.seed.SeedLoader.MEMORY + "' }.units");
    }
}
