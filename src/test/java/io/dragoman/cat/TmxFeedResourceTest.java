package io.dragoman.cat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dragoman.api.Memories;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The memory as an OmegaT team project's remote TMX: a stable URL, an ETag, 304 while unchanged. The
 * conditional request replays OmegaT's {@code HTTPRemoteRepository.retrieve}: it stores the ETag header as
 * received and sends it back verbatim in {@code If-None-Match}.
 */
@QuarkusTest
class TmxFeedResourceTest {
    @Test
    void aMemoryIsOneTmxFileThatAnswers304UntilItChanges() {
        long memory = Memories.create("cat-feed");
        try {
            Memories.unit(memory, "قوة حفظ السلام", "peacekeeping force");
            String etag = given().when().get("/export/cat-feed.tmx").then().statusCode(200)
                    .contentType(startsWith("application/x-tmx+xml;charset=UTF-8"))
                    .body(containsString("<tmx version=\"1.4\""), containsString("قوة حفظ السلام"))
                    .header("ETag", startsWith("\"")).extract().header("ETag");
            given().header("If-None-Match", etag).when().get("/export/cat-feed.tmx")
                    .then().statusCode(304).header("ETag", etag).body(emptyString());
            given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get("/export/" + memory + ".tmx")
                    .then().statusCode(304);

            Memories.unit(memory, "وزارة الدفاع", "Ministry of Defense");
            String changed = given().header("If-None-Match", etag).when().get("/export/cat-feed.tmx")
                    .then().statusCode(200).body(containsString("وزارة الدفاع")).extract().header("ETag");
            assertNotEquals(etag, changed);
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void anUnknownMemoryIsA404ProblemNamingIt() {
        given().when().get("/export/no-such-memory.tmx").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body(containsString("no-such-memory"));
    }
}
