package io.pimento.security;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthenticationTest {

    @Test
    void shouldChallengeRequestWithoutCredentials() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldOfferBothBasicAndBearerChallenges() {
        List<String> challenges = given().when().get("/api/v1/me")
                .then().statusCode(401)
                .extract().headers().getValues("WWW-Authenticate");

        assertThat(challenges).containsExactlyInAnyOrder("Basic realm=\"Pimento\"", "Bearer realm=\"Pimento\"");
    }

    @Test
    void shouldRefuseWrongPassword() {
        TestUsers.as("admin", "not-the-password").get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldRefuseUnknownUser() {
        TestUsers.as("nobody-" + System.nanoTime(), "whatever-password").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldTellCallerWhoTheyAreWithTheRolesTheirRoleIncludes() {
        Api.asEditor().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("editor"))
                .body("role", equalTo("editor"))
                .body("roles", contains("viewer", "editor"));
    }

    @Test
    void shouldLetViewerRead() {
        Api.asViewer().get("/api/v1/me").then().statusCode(200).body("roles", contains("viewer"));
    }

    @Test
    void shouldForbidViewerToWrite() {
        Api.asViewer()
                .body(Map.of("username", "sneaky", "password", "long-enough-password", "role", "admin"))
                .post("/api/v1/users")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void shouldKeepUserManagementForAdmins() {
        Api.as("reviewer").get("/api/v1/users").then().statusCode(403);
        Api.asAdmin().get("/api/v1/users").then().statusCode(200).body("items.username", hasItem("admin"));
    }

    @Test
    void shouldRefuseDisabledUserEvenWithTheRightPassword() {
        String username = TestUsers.create(Role.EDITOR);
        TestUsers.as(username).get("/api/v1/me").then().statusCode(200);

        TestUsers.disable(username);

        TestUsers.as(username).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldLetUserInAgainOnceReenabled() {
        String username = TestUsers.create(Role.VIEWER);
        TestUsers.disable(username);

        Api.asAdmin().body(Map.of("enabled", true)).patch("/api/v1/users/" + username).then().statusCode(200);

        TestUsers.as(username).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldMatchUsernameWhateverItsCase() {
        Api.as("viewer").auth().preemptive().basic("VIEWER", "viewer").get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("viewer"));
    }
}
