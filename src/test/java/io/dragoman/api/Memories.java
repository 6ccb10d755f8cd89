package io.dragoman.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Memories and units made through the API for a test (and deleted by it). */
public final class Memories {
    private Memories() {
    }

    /** Creates a memory; returns its id. */
    public static long create(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/memories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Adds an Arabic→English unit; returns its id. */
    public static long unit(long memory, String arabic, String english) {
        return given().contentType(ContentType.JSON).body(Map.of("memoryId", memory, "sourceLang", "ar", "targetLang", "en",
                "sourceText", arabic, "targetText", english)).when().post("/api/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void delete(long memory) {
        given().when().delete("/api/memories/" + memory);
    }
}
