package io.dragoman.pg;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same migrations, mappings and seed load on PostgreSQL, the database a team scales out on.
 * Enabled where a server is available ({@code .ci/run} starts one).
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "DRAGOMAN_TEST_PG_URL", matches = ".+")
class PostgresSmokeTest {

    @Test
    void migratesSeedsAndStoresArabicOnPostgres() {
        given().when().get("/api/memories").then().statusCode(200)
                .body("find { it.name == 'gaza-peacekeeping-talks' }.units", greaterThanOrEqualTo(10));
        given().queryParam("size", 1).when().get("/api/glossary/concepts").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(40));

        long memory = given().contentType(ContentType.JSON).body(Map.of("name", "pg-smoke"))
                .post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
        String source = "وَذَكَرَ مسئولون في «البنتاجون» أن ٣٫٨ مليار دولار";
        long unit = given().contentType(ContentType.JSON)
                .body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                        "sourceText", source, "targetText", "Pentagon officials said $3.8 billion"))
                .post("/api/units").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/units/" + unit).then().statusCode(200).body("sourceText", equalTo(source));
        given().queryParam("memory", memory).queryParam("q", "PENTAGON").when().get("/api/units")
                .then().body("total", equalTo(1));
        given().when().delete("/api/memories/" + memory).then().statusCode(204);
    }
}
