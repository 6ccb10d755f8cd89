package io.dragoman.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Users for the tests, made through the admin API, and requests sent as them. */
public final class Accounts {
    public static final String PASSWORD = "a-long-test-password";

    private Accounts() {
    }

    /** Makes the user with this role unless it exists; its password is {@link #PASSWORD}. */
    public static void ensure(String username, String role) {
        int status = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .when().post("/api/users").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create the user " + username + ": HTTP " + status);
        }
    }

    /** A request sent as this user (made first, with this role, if needed). */
    public static RequestSpecification as(String username, String role) {
        ensure(username, role);
        return given().auth().none().header("Authorization", AdminCredentials.basic(username, PASSWORD));
    }

    /** A request with an API token. */
    public static RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }
}
