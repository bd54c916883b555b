package io.pimento.security.user;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class UserResourceTest {

    @Test
    void shouldCreateUserWhoCanLogIn() {
        String username = "anna-" + suffix();

        Api.asAdmin().body(Map.of("username", username, "password", "a-long-password", "role", "editor"))
                .post("/api/v1/users")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/users/" + username))
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username))
                .body("role", equalTo("editor"))
                .body("enabled", equalTo(true))
                .body("created_at", notNullValue())
                .body("$", not(hasKey("password")));

        TestUsers.as(username, "a-long-password").get("/api/v1/me").then().statusCode(200).body("role", equalTo("editor"));
    }

    @Test
    void shouldNeverShowPasswords() {
        String username = TestUsers.create(Role.VIEWER);

        Api.asAdmin().get("/api/v1/users/" + username).then().statusCode(200).body("$", not(hasKey("password")));
        Api.asAdmin().get("/api/v1/users?limit=100").then().statusCode(200).body("items[0]", not(hasKey("password")));
    }

    @Test
    void shouldPageThroughUsers() {
        TestUsers.create(Role.VIEWER);
        TestUsers.create(Role.VIEWER);

        String next = Api.asAdmin().get("/api/v1/users?limit=2")
                .then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue())
                .extract().jsonPath().getString("next");
        List<String> firstPage = Api.asAdmin().get("/api/v1/users?limit=2").jsonPath().getList("items.username");

        Api.asAdmin().get("/api/v1/users?limit=2&after=" + next)
                .then().statusCode(200)
                .body("items.username", not(hasItem(firstPage.get(0))))
                .body("items.username", not(hasItem(firstPage.get(1))));
    }

    static Stream<Arguments> invalidUsers() {
        return Stream.of(
                Arguments.of(Map.of("password", "a-long-password", "role", "editor"), "username"),
                Arguments.of(Map.of("username", "has:colon", "password", "a-long-password", "role", "editor"), "username"),
                Arguments.of(Map.of("username", "has space", "password", "a-long-password", "role", "editor"), "username"),
                Arguments.of(Map.of("username", "u-" + suffix(), "role", "editor"), "password"),
                Arguments.of(Map.of("username", "u-" + suffix(), "password", "short", "role", "editor"), "password"),
                Arguments.of(Map.of("username", "u-" + suffix(), "password", "x".repeat(73), "role", "editor"), "password"),
                Arguments.of(Map.of("username", "u-" + suffix(), "password", "a-long-password"), "role"),
                Arguments.of(Map.of("username", "u-" + suffix(), "password", "a-long-password", "role", "boss"), "role"));
    }

    @ParameterizedTest
    @MethodSource("invalidUsers")
    void shouldRefuseInvalidUser(Map<String, Object> body, String field) {
        Api.asAdmin().body(body).post("/api/v1/users")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }

    @Test
    void shouldRefuseUnknownField() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "u-" + suffix(), "password", "a-long-password", "role", "editor"));
        body.put("is_boss", true);

        Api.asAdmin().body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors[0].message", equalTo("unknown field 'is_boss'"));
    }

    @Test
    void shouldRefuseTakenUsernameWhateverItsCase() {
        String username = TestUsers.create(Role.VIEWER);

        Api.asAdmin().body(Map.of("username", username.toUpperCase(), "password", "a-long-password", "role", "viewer"))
                .post("/api/v1/users")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void shouldAnswer404ForUnknownUser() {
        Api.asAdmin().get("/api/v1/users/ghost-" + suffix())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldChangeRoleAndBumpVersion() {
        String username = TestUsers.create(Role.EDITOR);

        Api.asAdmin().body(Map.of("role", "reviewer")).patch("/api/v1/users/" + username)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("role", equalTo("reviewer"))
                .body("version", equalTo(1));

        TestUsers.as(username).get("/api/v1/me").then().body("role", equalTo("reviewer"));
    }

    @Test
    void shouldApplyNewPasswordAtOnce() {
        String username = TestUsers.create(Role.EDITOR);
        // Logged in once, so the old password sits in the verified-credentials cache.
        TestUsers.as(username).get("/api/v1/me").then().statusCode(200);

        Api.asAdmin().body(Map.of("password", "a-brand-new-password")).patch("/api/v1/users/" + username)
                .then().statusCode(200);

        TestUsers.as(username).get("/api/v1/me").then().statusCode(401);
        TestUsers.as(username, "a-brand-new-password").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseShortNewPassword() {
        String username = TestUsers.create(Role.EDITOR);

        Api.asAdmin().body(Map.of("password", "1234567")).patch("/api/v1/users/" + username)
                .then().statusCode(422).body("errors[0].field", equalTo("password"));

        TestUsers.as(username).get("/api/v1/me").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaa", "password1", "qwertyuiop", "sunflower"})
    void shouldRefuseWeakPasswordOfNewUser(String password) {
        String username = "weak-" + suffix();

        Api.asAdmin().body(Map.of("username", username, "password", password, "role", "editor")).post("/api/v1/users")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("too"));

        Api.asAdmin().get("/api/v1/users/" + username).then().statusCode(404);
    }

    @Test
    void shouldRefuseNewPasswordContainingTheUsername() {
        String username = TestUsers.create(Role.EDITOR);

        Api.asAdmin().body(Map.of("password", "My-" + username + "-2026")).patch("/api/v1/users/" + username)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("must not be or contain the username"));

        TestUsers.as(username).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseStaleIfMatch() {
        String username = TestUsers.create(Role.EDITOR);
        Api.asAdmin().body(Map.of("role", "viewer")).patch("/api/v1/users/" + username).then().statusCode(200);

        Api.asAdmin().header("If-Match", "\"0\"").body(Map.of("role", "admin")).patch("/api/v1/users/" + username)
                .then().statusCode(412).contentType("application/problem+json");

        Api.asAdmin().get("/api/v1/users/" + username).then().body("role", equalTo("viewer"));
    }

    @Test
    void shouldRefuseStaleVersionInBody() {
        String username = TestUsers.create(Role.EDITOR);
        Api.asAdmin().body(Map.of("enabled", false)).patch("/api/v1/users/" + username).then().statusCode(200);

        Api.asAdmin().body(Map.of("enabled", true, "version", 0)).patch("/api/v1/users/" + username)
                .then().statusCode(409).body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldDeleteUserWhoThenCannotLogIn() {
        String username = TestUsers.create(Role.EDITOR);

        Api.asAdmin().delete("/api/v1/users/" + username).then().statusCode(204);

        Api.asAdmin().get("/api/v1/users/" + username).then().statusCode(404);
        TestUsers.as(username).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldDeleteAnAdminWhileAnotherRemains() {
        String username = TestUsers.create(Role.ADMIN);

        Api.asAdmin().delete("/api/v1/users/" + username).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete", "demote", "disable"})
    void shouldProtectTheLastEnabledAdmin(String action) {
        disableEveryAdminBut("admin");

        var request = Api.asAdmin();
        var response = switch (action) {
            case "delete" -> request.delete("/api/v1/users/admin");
            case "demote" -> request.body(Map.of("role", "editor")).patch("/api/v1/users/admin");
            default -> request.body(Map.of("enabled", false)).patch("/api/v1/users/admin");
        };

        response.then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("last enabled admin"));
        Api.asAdmin().get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin"));
    }

    private static void disableEveryAdminBut(String keep) {
        String after = null;
        do {
            var page = Api.asAdmin().queryParam("limit", 100).queryParam("after", after == null ? "" : after)
                    .get("/api/v1/users").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> users = page.getList("items");
            users.stream()
                    .filter(user -> "admin".equals(user.get("role")) && Boolean.TRUE.equals(user.get("enabled")))
                    .filter(user -> !keep.equals(user.get("username")))
                    .forEach(user -> TestUsers.disable((String) user.get("username")));
            after = page.getString("next");
        } while (after != null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
