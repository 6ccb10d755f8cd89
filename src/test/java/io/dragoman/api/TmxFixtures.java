package io.dragoman.api;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Fixture files and the calls the TMX tests share. */
final class TmxFixtures {
    private TmxFixtures() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = TmxFixtures.class.getResourceAsStream("/tmx/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs the bytes as a raw body with sync=true and the given query parameters. */
    static ValidatableResponse importSync(byte[] body, String filename, String memory, Map<String, ?> params) {
        return given().contentType("application/octet-stream").body(body)
                .queryParam("memory", memory).queryParam("sync", true).queryParam("filename", filename)
                .queryParams(params)
                .when().post("/api/imports").then();
    }

    static JsonPath importOk(String fixture, String memory, Map<String, ?> params) {
        return importSync(fixture(fixture), fixture, memory, params).statusCode(200).extract().jsonPath();
    }

    static JsonPath importOk(String fixture, String memory) {
        return importOk(fixture, memory, Map.of());
    }

    /** The id of the memory with this name, or null when there is none. */
    static Long memoryId(String name) {
        List<Map<String, Object>> memories = given().get("/api/memories").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return memories.stream().filter(m -> name.equals(m.get("name")))
                .map(m -> ((Number) m.get("id")).longValue()).findFirst().orElse(null);
    }

    /** The units of a memory, in id order, as JSON. */
    static JsonPath units(String memory) {
        Long id = memoryId(memory);
        if (id == null) {
            throw new AssertionError("no memory " + memory);
        }
        return given().queryParam("memory", id).queryParam("size", 500).get("/api/units").then().statusCode(200)
                .extract().jsonPath();
    }

    /** How many units anywhere contain the text. */
    static int unitsContaining(String text) {
        return given().queryParam("q", text).get("/api/units").then().statusCode(200).extract().path("total");
    }
}
