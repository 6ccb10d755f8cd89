package io.dragoman.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The page's sign-in form, its session cookie, what a translator sees, and signing out. */
@QuarkusTest
class SignInPageTest extends BrowserTest {
    @Override
    boolean signsInAsAdmin() {
        return false;
    }

    @Test
    void aTranslatorSignsInSeesOnlyWhatTheRoleMayDoAndSignsOut() throws Exception {
        Accounts.ensure("rania", "translator");
        browser.driver.get(root + "#memories");
        browser.visible("#signin-form");
        assertFalse(browser.find("#main").isDisplayed(), "nothing but the form before signing in");

        browser.find("#signin-user").sendKeys("rania");
        browser.find("#signin-password").sendKeys("not her password");
        browser.find("#signin-form button[type=submit]").click();
        browser.waitFor(d -> !browser.find("#signin-error").getText().isEmpty());
        assertEquals("Wrong user name or password.", browser.find("#signin-error").getText());

        browser.signIn(root, "rania", Accounts.PASSWORD);
        Cookie session = browser.driver.manage().getCookieNamed("dragoman_session");
        assertTrue(session != null, "cookies: " + browser.driver.manage().getCookies());
        assertTrue(session.isHttpOnly(), "the session cookie is out of the page's scripts' reach");
        assertEquals("Strict", session.getSameSite());
        assertTrue(browser.find("#account-name").getText().startsWith("rania"));
        assertTrue(browser.find("a[data-panel=lookup]").isDisplayed());
        assertFalse(browser.find("a[data-panel=import]").isDisplayed(), "imports are an admin's");
        assertFalse(browser.find("a[data-panel=qa]").isDisplayed(), "QA runs are a reviewer's");

        browser.open(root, "memories");
        assertFalse(browser.find("#memory-form").isDisplayed(), "creating memories is an admin's");
        browser.screenshot("signed-in-translator");

        String[] signOut = ((String) browser.js("const s = getComputedStyle(document.getElementById('sign-out'));"
                + " return s.color + '|' + s.backgroundColor")).split("\\|");
        assertFalse(signOut[0].equals(signOut[1]), "the Sign out label is drawn in its background's colour: " + signOut[0]);
        browser.find("#sign-out").click();
        browser.visible("#signin-form");
        assertEquals(null, browser.driver.manage().getCookieNamed("dragoman_session"));
    }
}
