package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's files are revalidated by content (no stale page after an upgrade) and carry the CSP header. */
@QuarkusTest
class PageHeadersTest {
    @Test
    void thePageIsRevalidatedAndCarriesItsContentSecurityPolicyAsAHeader() {
        var response = given().when().get("/").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{24}\""))
                .extract();
        Matcher meta = Pattern.compile("http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]+)\"")
                .matcher(response.asString());
        assertTrue(meta.find(), "index.html keeps its <meta> policy");
        String header = response.header("Content-Security-Policy");
        assertTrue(header.startsWith(meta.group(1)), "the header enforces what the <meta> tag says: " + header);
        assertTrue(header.contains("frame-ancestors 'none'"), "only a header can forbid framing: " + header);
        given().when().get("/index.html").then().statusCode(200).header("ETag", response.header("ETag"));
    }

    @Test
    void anUnchangedScriptIsAnswered304AndAChangedOneInFull() {
        String etag = given().when().get("/js/app.js").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .contentType(containsString("javascript")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/js/app.js").then().statusCode(304)
                .header("ETag", etag);
        // A browser holding the file of an older version: its ETag differs, its date may not.
        given().header("If-None-Match", "\"0123456789abcdef01234567\"")
                .header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")
                .when().get("/js/app.js").then().statusCode(200).body(containsString("import"));
        String css = given().when().get("/css/workbench.css").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, css);
    }

    @Test
    void theApiIsLeftAlone() {
        given().when().get("/api/memories").then().statusCode(200).header("ETag", nullValue());
        given().when().get("/js/missing.js").then().statusCode(404);
    }
}
