package io.dragoman.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed memory comes from segmentation and alignment, and holds every hand-made gold pair. */
@QuarkusTest
class SeedPipelineTest {
    @Test
    void everyGoldPairIsProducedAtItsPosition() {
        long memory = given().when().get("/api/memories").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == '" + SeedLoader.MEMORY + "' }.id");
        JsonPath units = given().queryParam("memory", memory).queryParam("size", 100).when().get("/api/units")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = units.getList("items");
        List<String> stored = items.stream()
                .map(u -> ((Map<?, ?>) u.get("origin")).get("position") + "\t" + u.get("sourceText") + "\t" + u.get("targetText"))
                .toList();
        List<String> gold = GoldAlignment.load(SeedLoader.DOCUMENT).beads().stream().filter(GoldAlignment.Bead::isPair)
                .map(b -> b.position() + "\t" + b.arabicText() + "\t" + b.englishText()).toList();
        assertEquals(gold, stored);
    }
}
