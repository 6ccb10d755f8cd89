package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures the framework detects (parameter types, media types, methods, JSON syntax) answer as Dragoman's own. */
@QuarkusTest
class ProblemMapperTest {
    private static ValidatableResponse badParameter(String path, String parameter, String value) {
        return given().queryParam(parameter, value).when().get(path)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-input"))
                .body("violations[0].field", equalTo(parameter))
                .body("detail", containsString("'" + value + "'"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() {
        given().queryParam("q", "غزة").queryParam("minScore", "abc").when().get("/api/lookup")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("minScore"))
                .body("violations[0].message", equalTo("'abc' is not a whole number"));
        badParameter("/api/units", "page", "x");
        badParameter("/api/units", "size", "1.5");
        badParameter("/api/concordance", "page", "first");
        badParameter("/api/exports/tmx", "bothDirections", "maybe");
        // A parameter bound through a bean (the import's options) is read the same way.
        given().queryParam("dryRun", "maybe").contentType("application/xml").body("<tmx/>")
                .when().post("/api/imports")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("dryRun"))
                .body("violations[0].message", equalTo("'maybe' is not true or false"));
        given().queryParam("page", " 0 ").queryParam("size", "2").when().get("/api/units")
                .then().statusCode(200).body("size", equalTo(2));
    }

    @Test
    void aBodyAnnouncedLargerThanTheServerTakesIsRefusedWithTheLimitsName() throws Exception {
        // Announced, not sent: the answer must come from the header alone, before any byte of body.
        String request = "POST /api/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 600000000\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // The server does not drain the unsent body; read the answer by its own length.
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String status = in.readLine();
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.put(line.substring(0, line.indexOf(':')).toLowerCase(), line.substring(line.indexOf(':') + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.get("content-length"))];
            for (int read = 0; read < body.length; ) {
                read += in.read(body, read, body.length - read);
            }
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
            assertEquals(Problem.MEDIA_TYPE, headers.get("content-type"));
            io.restassured.path.json.JsonPath problem = new io.restassured.path.json.JsonPath(new String(body));
            assertEquals("/problems/limit-exceeded", problem.getString("type"));
            assertEquals("quarkus.http.limits.max-body-size", problem.getString("limit.name"));
            assertEquals(512L * 1024 * 1024, problem.getLong("limit.value"));
        }
    }

    @Test
    void aFullJobQueueIsA429WithTheLimitAndWhenToRetry() {
        io.dragoman.core.JobSlots slots = new io.dragoman.core.JobSlots("import jobs", "dragoman.jobs.imports.max-queued", 2);
        slots.take();
        slots.take();
        io.dragoman.core.BusyException refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.dragoman.core.BusyException.class, slots::take);
        jakarta.ws.rs.core.Response answer = new ProblemMapper().dragoman(refused);
        assertEquals(429, answer.getStatus());
        assertEquals("30", String.valueOf(answer.getHeaderString("Retry-After")));
        Problem problem = (Problem) answer.getEntity();
        assertEquals(new Problem.Limit("dragoman.jobs.imports.max-queued", 2), problem.limit());
        slots.release();
        slots.take(); // a finished job gives its slot back
    }

    @Test
    void eachProblemTypeHasOneTitle() {
        Map<String, String> titles = new HashMap<>();
        List<ValidatableResponse> answers = List.of(
                given().when().get("/api/units/987654").then().statusCode(404),
                given().when().get("/api/units/not-a-number").then().statusCode(404),
                given().queryParam("memory", "no-such-memory").when().get("/api/units").then().statusCode(404),
                given().queryParam("page", "x").when().get("/api/units").then().statusCode(400),
                given().contentType(ContentType.JSON).body("{}").when().post("/api/units").then().statusCode(400),
                given().when().get("/api/no-such-thing").then().statusCode(404),
                given().when().delete("/api/lookup").then().statusCode(405),
                given().contentType(ContentType.JSON).body("{}").when().post("/api/imports").then().statusCode(415),
                given().contentType(ContentType.TEXT).body("x").when().post("/api/units").then().statusCode(415));
        for (ValidatableResponse answer : answers) {
            Map<String, Object> problem = answer.contentType(Problem.MEDIA_TYPE).extract().jsonPath().getMap("$");
            String type = (String) problem.get("type");
            String title = (String) problem.get("title");
            String earlier = titles.putIfAbsent(type, title);
            assertEquals(earlier == null ? title : earlier, title, "one title for " + type);
        }
        assertEquals("Not found", titles.get("/problems/not-found"));
        assertEquals("Method not allowed", titles.get("/problems/method-not-allowed"));
        assertEquals("Unsupported media type", titles.get("/problems/unsupported-media-type"));
    }

    @Test
    void frameworkFailuresNameNoFrameworkClass() {
        for (ValidatableResponse answer : List.of(
                given().contentType(ContentType.TEXT).body("x").when().post("/api/units").then().statusCode(415)
                        .body("detail", equalTo("/api/units takes a request body of type application/json,"
                                + " not 'text/plain'")),
                given().contentType(ContentType.JSON).body("{}").when().post("/api/imports").then().statusCode(415)
                        .body("detail", equalTo("/api/imports takes a request body of type application/gzip"
                                + " or application/octet-stream or application/x-gzip or application/x-tmx+xml"
                                + " or application/xml or application/zip or multipart/form-data or text/xml,"
                                + " not 'application/json'")),
                given().when().get("/api/no-such-thing").then().statusCode(404)
                        .body("title", equalTo("Not found")).body("detail", equalTo("there is nothing at /api/no-such-thing")),
                given().when().delete("/api/lookup").then().statusCode(405)
                        .body("detail", equalTo("method DELETE is not allowed on /api/lookup")),
                given().accept("application/json").when().get("/api/exports/tmx").then().statusCode(406)
                        .body("detail", equalTo("/api/exports/tmx answers in application/x-tmx+xml or application/xml"
                                + " or text/xml, none of which the request accepts (Accept: application/json)")))) {
            String body = answer.contentType(Problem.MEDIA_TYPE).extract().asString();
            for (String leak : List.of("MessageBodyReader", "jakarta.", "org.jboss", "io.quarkus", "Exception")) {
                assertFalse(body.contains(leak), leak + " in " + body);
            }
        }
    }

    @Test
    void malformedJsonIsA400WithLineAndColumnOrTheField() {
        given().contentType(ContentType.JSON).body("{\"memoryId\": 1,\n  \"sourceText\": }")
                .when().post("/api/units")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-json"))
                .body("line", equalTo(2)).body("column", equalTo(17))
                .body("detail", containsString("line 2, column 17"))
                .body("detail", not(containsString("Jackson")));
        given().contentType(ContentType.JSON).body("{\"memoryId\": \"one\"}")
                .when().post("/api/units")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("memoryId"));
        given().contentType(ContentType.JSON).body("{\"text\": \"غزة\", \"memories\": {\"a\": 1}}")
                .when().post("/api/lookup")
                .then().statusCode(400).body("violations[0].field", equalTo("memories"));
    }
}
