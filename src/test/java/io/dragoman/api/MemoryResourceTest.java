package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemoryResourceTest {

    static long createMemory(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/api/memories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsListsAndDeletesAMemory() {
        long id = given().contentType(ContentType.JSON)
                .body("{\"name\":\"مذكرة الاختبار\",\"description\":\"UN reports\"}")
                .when().post("/api/memories")
                .then().statusCode(201)
                .header("Location", containsString("/api/memories/"))
                .body("name", equalTo("مذكرة الاختبار"))
                .body("units", equalTo(0))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/memories").then().statusCode(200).body("name", hasItem("مذكرة الاختبار"));
        given().when().get("/api/memories/" + id).then().statusCode(200).body("description", equalTo("UN reports"));

        given().when().delete("/api/memories/" + id).then().statusCode(204);
        given().when().get("/api/memories").then().body("name", not(hasItem("مذكرة الاختبار")));
        given().when().get("/api/memories/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("memory " + id + " does not exist"));
    }

    @Test
    void deletingAMemoryDeletesItsUnits() {
        long memory = createMemory("to-delete-with-units");
        long unit = UnitResourceTest.createUnit(memory, "مرحبا", "Hello");
        given().when().delete("/api/memories/" + memory).then().statusCode(204);
        given().when().get("/api/units/" + unit).then().statusCode(404);
    }

    @Test
    void refusesADuplicateName() {
        createMemory("duplicate-name");
        given().contentType(ContentType.JSON).body("{\"name\":\"duplicate-name\"}")
                .when().post("/api/memories")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("duplicate-name"));
    }

    @Test
    void refusesABlankName() {
        given().contentType(ContentType.JSON).body("{\"name\":\"  \"}")
                .when().post("/api/memories")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void answersProblemJsonForAnUnknownPath() {
        given().when().get("/api/memories/not-a-number").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void refusesABodyThatNamesAFieldTwice() {
        // Found by ApiFuzzTest: once every field of the request was read, a repeated one was a 500.
        given().contentType(ContentType.JSON).body("{\"name\":\"twice-a\",\"description\":\"d\",\"name\":\"twice-b\"}")
                .when().post("/api/memories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'name'"));
        given().when().get("/api/memories").then().statusCode(200)
                .body("name", not(hasItem("twice-a"))).body("name", not(hasItem("twice-b")));
    }
}
