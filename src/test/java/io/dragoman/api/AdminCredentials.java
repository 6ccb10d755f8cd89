package io.dragoman.api;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Every {@code @QuarkusTest} talks to the API as the first admin (the %test profile sets its
 * password), sent with each REST Assured request; a test that means to be someone else, or nobody,
 * says so on its request ({@code auth().none()}, {@link Accounts}). Registered for Quarkus' test
 * callbacks in META-INF/services, so that it runs in the class loader the tests use.
 */
public class AdminCredentials implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback {
    public static final String USER = "admin";
    public static final String PASSWORD = "test-admin-password";

    /** The {@code Authorization} header value, for clients other than REST Assured. */
    public static String basic() {
        return basic(USER, PASSWORD);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void beforeClass(Class<?> testClass) {
        signIn();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        signIn();
    }

    private static void signIn() {
        RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
    }
}
