package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndHealthTest {
    @Test
    void reportsHealthUp() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void documentsTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/units/{id}"))
                .body(containsString("/api/glossary/concepts"))
                .body(containsString("/api/memories"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
