package io.dragoman.web;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import io.dragoman.api.AdminCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A browser per test class, against the app that {@code @QuarkusTest} started on a random port. */
abstract class BrowserTest {
    @TestHTTPResource("/")
    URL root;

    static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    /** Tests of signing in itself, or of another user's page, sign in themselves. */
    boolean signsInAsAdmin() {
        return true;
    }

    /** Each browser signs in once, as the admin of the %test profile. */
    @BeforeEach
    void signedIn() {
        if (signsInAsAdmin() && browser.driver.manage().getCookieNamed("dragoman_session") == null) {
            browser.signIn(root, AdminCredentials.USER, AdminCredentials.PASSWORD);
        }
    }

    @AfterEach
    void fullWindow() {
        browser.resetViewport();
    }
}
