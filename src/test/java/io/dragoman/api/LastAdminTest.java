package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The team cannot lock itself out: the last enabled admin is neither demoted, disabled nor
 * deleted, and the refused change writes nothing. With a second admin the same changes pass.
 */
@QuarkusTest
class LastAdminTest {
    @Test
    void theLastEnabledAdminStays() {
        demoteOtherAdmins();
        long admin = idOf(AdminCredentials.USER);
        refused(given().contentType(ContentType.JSON).body(Map.of("role", "reviewer")).when().patch("/api/users/" + admin)
                .then(), "demoted to reviewer");
        refused(given().contentType(ContentType.JSON).body(Map.of("disabled", true)).when().patch("/api/users/" + admin)
                .then(), "disabled");
        refused(given().when().delete("/api/users/" + admin).then(), "deleted");
        // A refused change is refused whole: the new password that came with the demotion is not kept.
        refused(given().contentType(ContentType.JSON).body(Map.of("role", "translator", "password", "another-long-password"))
                .when().patch("/api/users/" + admin).then(), "demoted to translator");

        given().when().get("/api/users").then().statusCode(200)
                .body("find { it.username == 'admin' }.role", equalTo("admin"))
                .body("find { it.username == 'admin' }.disabled", equalTo(false));
        List<Integer> statuses = given().queryParam("user", AdminCredentials.USER).when().get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.action == 'DELETE /api/users/" + admin
                        + "' }.status");
        assertTrue(statuses.contains(409), "the refusal is in the trail: " + statuses);
    }

    @Test
    void withASecondAdminEitherMayGo() {
        Accounts.ensure("amal", "admin");
        long amal = idOf("amal");
        given().contentType(ContentType.JSON).body(Map.of("role", "admin", "disabled", false))
                .when().patch("/api/users/" + amal).then().statusCode(200);
        long admin = idOf(AdminCredentials.USER);
        // Amal demotes the first admin, who is not the last one, and makes it admin again.
        try {
            asAmal().contentType(ContentType.JSON).body(Map.of("role", "reviewer"))
                    .when().patch("/api/users/" + admin).then().statusCode(200).body("role", equalTo("reviewer"));
        } finally {
            asAmal().contentType(ContentType.JSON).body(Map.of("role", "admin"))
                    .when().patch("/api/users/" + admin).then().statusCode(200).body("role", equalTo("admin"));
        }

        given().when().delete("/api/users/" + amal).then().statusCode(204);
        asAmal().when().get("/api/memories").then().statusCode(401);
        given().when().delete("/api/users/" + amal).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aDeletedMemberLeavesNoMembershipForItsNameToInherit() {
        long memory = Memories.create("tariq-only-" + System.nanoTime());
        MemoryAccessTest.restrict(memory, "tariq", null);
        Accounts.as("tariq", "translator").when().get("/api/memories/" + memory).then().statusCode(200);
        given().when().delete("/api/users/" + idOf("tariq")).then().statusCode(204);
        given().when().get("/api/memories/" + memory + "/access").then().statusCode(200)
                .body("members.size()", equalTo(0));
        // Someone new under the same name does not read the memory the old account was a member of.
        Accounts.as("tariq", "translator").when().get("/api/memories/" + memory).then().statusCode(404);
    }

    /** As amal, without {@link Accounts#as}, which would make her through the first admin while it is demoted. */
    private static io.restassured.specification.RequestSpecification asAmal() {
        return given().auth().none().header("Authorization", AdminCredentials.basic("amal", Accounts.PASSWORD));
    }

    private static void refused(io.restassured.response.ValidatableResponse response, String change) {
        response.statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("last enabled admin and cannot be " + change));
    }

    /** Other test classes may have made admins; only the first one must be left for the refusals to show. */
    private static void demoteOtherAdmins() {
        JsonPath users = given().when().get("/api/users").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> user : users.<Map<String, Object>>getList("")) {
            if ("admin".equals(user.get("role")) && !Boolean.TRUE.equals(user.get("disabled"))
                    && !AdminCredentials.USER.equals(user.get("username"))) {
                given().contentType(ContentType.JSON).body(Map.of("role", "reviewer"))
                        .when().patch("/api/users/" + user.get("id")).then().statusCode(200);
            }
        }
    }

    private static long idOf(String username) {
        return given().when().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }
}
