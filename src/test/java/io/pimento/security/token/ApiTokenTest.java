package io.pimento.security.token;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ApiTokenTest {

    @Test
    void shouldShowNewTokenOnce() {
        String username = TestUsers.create(Role.EDITOR);

        JsonPath created = TestUsers.as(username).body(Map.of("name", "ci", "expires_in_days", 30))
                .post("/api/v1/me/tokens")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/me/tokens/"))
                .body("name", equalTo("ci"))
                .body("token", startsWith("pim_"))
                .body("created_at", notNullValue())
                .body("expires_at", notNullValue())
                .extract().jsonPath();
        assertThat(created.getString("token")).startsWith(created.getString("prefix"));
        assertThat(Duration.between(Instant.parse(created.getString("created_at")), Instant.parse(created.getString("expires_at"))))
                .isEqualTo(Duration.ofDays(30));

        TestUsers.as(username).get("/api/v1/me/tokens")
                .then().statusCode(200)
                .body("items.name", hasItem("ci"))
                .body("items[0]", not(hasKey("token")))
                .body("items[0].prefix", equalTo(created.getString("prefix")))
                .body("next", nullValue());
    }

    @Test
    void shouldNeverExpireTokenCreatedWithoutLifetime() {
        String username = TestUsers.create(Role.VIEWER);

        TestUsers.as(username).body(Map.of("name", "forever")).post("/api/v1/me/tokens")
                .then().statusCode(201).body("expires_at", nullValue());
    }

    @Test
    void shouldAuthenticateAsTheTokensOwner() {
        String username = TestUsers.create(Role.REVIEWER);
        String token = createToken(username);

        TestUsers.withToken(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("role", equalTo("reviewer"));
    }

    @Test
    void shouldGiveTokenOnlyItsOwnersRights() {
        String token = createToken(TestUsers.create(Role.VIEWER));

        TestUsers.withToken(token)
                .body(Map.of("username", "x-" + System.nanoTime(), "password", "long-enough-password", "role", "admin"))
                .post("/api/v1/users")
                .then().statusCode(403);
    }

    @Test
    void shouldFollowOwnersRoleChanges() {
        String username = TestUsers.create(Role.VIEWER);
        String token = createToken(username);

        Api.asAdmin().body(Map.of("role", "admin")).patch("/api/v1/users/" + username).then().statusCode(200);

        TestUsers.withToken(token).get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void shouldRefuseUnknownToken() {
        TestUsers.withToken("pim_thisTokenWasNeverIssuedByPimento000000000").get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldRefuseMalformedBearerToken() {
        given().header("Authorization", "Bearer not-a-pimento-token").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseRevokedToken() {
        String username = TestUsers.create(Role.EDITOR);
        JsonPath created = TestUsers.as(username).body(Map.of("name", "laptop")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath();
        String token = created.getString("token");
        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200);

        TestUsers.as(username).delete("/api/v1/me/tokens/" + created.getLong("id")).then().statusCode(204);

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(401);
        TestUsers.as(username).get("/api/v1/me/tokens").then().body("items.name", not(hasItem("laptop")));
    }

    @Test
    void shouldRefuseExpiredToken() {
        String username = TestUsers.create(Role.EDITOR);
        JsonPath created = TestUsers.as(username).body(Map.of("name", "short-lived", "expires_in_days", 1))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath();
        String token = created.getString("token");
        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200);

        // A day cannot pass inside a test: move the expiry into the past instead.
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), created.getLong("id")));

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseTokenOfDisabledUser() {
        String username = TestUsers.create(Role.EDITOR);
        String token = createToken(username);

        TestUsers.disable(username);

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRecordWhenTokenWasLastUsed() {
        String username = TestUsers.create(Role.VIEWER);
        String token = createToken(username);
        TestUsers.as(username).get("/api/v1/me/tokens").then().body("items[0].last_used_at", nullValue());

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200);

        TestUsers.as(username).get("/api/v1/me/tokens").then().body("items[0].last_used_at", notNullValue());
    }

    @Test
    void shouldNotRevokeSomeoneElsesToken() {
        String owner = TestUsers.create(Role.EDITOR);
        long id = TestUsers.as(owner).body(Map.of("name", "mine")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        TestUsers.as(TestUsers.create(Role.EDITOR)).delete("/api/v1/me/tokens/" + id)
                .then().statusCode(404).contentType("application/problem+json");

        TestUsers.as(owner).get("/api/v1/me/tokens/" + id).then().statusCode(200).body("name", equalTo("mine"));
    }

    @Test
    void shouldRequireTokenName() {
        TestUsers.as(TestUsers.create(Role.VIEWER)).body(Map.of("expires_in_days", 3)).post("/api/v1/me/tokens")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void shouldRefuseLifetimeOutOfRange(int days) {
        TestUsers.as(TestUsers.create(Role.VIEWER)).body(Map.of("name", "t", "expires_in_days", days)).post("/api/v1/me/tokens")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("expires_in_days"));
    }

    @Test
    void shouldGiveTokensTheOwnersFullRoleByDefault() {
        String username = TestUsers.create(Role.ADMIN);
        JsonPath created = TestUsers.as(username).body(Map.of("name", "default")).post("/api/v1/me/tokens")
                .then().statusCode(201).body("scope", equalTo("admin")).body("parent_id", nullValue())
                .extract().jsonPath();

        TestUsers.withToken(created.getString("token")).get("/api/v1/users").then().statusCode(200);
        TestUsers.as(username).get("/api/v1/me/tokens/" + created.getLong("id"))
                .then().statusCode(200).body("scope", equalTo("admin")).body("parent_id", nullValue());
    }

    @Test
    void shouldOnlyReadWithReadScope() {
        String token = createToken(TestUsers.create(Role.ADMIN), Map.of("name", "reader", "scope", "read"));

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("viewer")).body("roles", equalTo(List.of("viewer")));
        TestUsers.withToken(token).get("/api/v1/attributes").then().statusCode(200);
        TestUsers.withToken(token).body(Map.of("identifier", "scope-read-" + System.nanoTime()))
                .post("/api/v1/products").then().statusCode(403);
        TestUsers.withToken(token).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void shouldWriteContentButNotAdministerWithWriteScope() {
        String token = createToken(TestUsers.create(Role.ADMIN), Map.of("name", "writer", "scope", "write"));

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200).body("role", equalTo("reviewer"));
        TestUsers.withToken(token).body(Map.of("identifier", "scope-write-" + System.nanoTime()))
                .post("/api/v1/products").then().statusCode(201);
        TestUsers.withToken(token).body(Map.of("code", "scope_write_" + System.nanoTime()))
                .post("/api/v1/attribute-groups").then().statusCode(403);
        TestUsers.withToken(token).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void shouldKeepAViewersAdminScopedTokenAViewer() {
        String token = createToken(TestUsers.create(Role.VIEWER), Map.of("name", "all", "scope", "admin"));

        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200).body("role", equalTo("viewer"));
        TestUsers.withToken(token).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void shouldRefuseScopeBeyondOwnersRole() {
        TestUsers.as(TestUsers.create(Role.VIEWER)).body(Map.of("name", "t", "scope", "write")).post("/api/v1/me/tokens")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scope"))
                .body("errors[0].message", containsString("editor"));
    }

    @Test
    void shouldRefuseUnknownScope() {
        TestUsers.as(TestUsers.create(Role.ADMIN)).body(Map.of("name", "t", "scope", "root")).post("/api/v1/me/tokens")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("scope"))
                .body("errors[0].message", containsString("read, write, admin"));
    }

    @Test
    void shouldNotLetATokenCreateAWiderOne() {
        String username = TestUsers.create(Role.ADMIN);
        JsonPath parent = TestUsers.as(username).body(Map.of("name", "reader", "scope", "read")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath();

        TestUsers.withToken(parent.getString("token")).body(Map.of("name", "wider", "scope", "write")).post("/api/v1/me/tokens")
                .then().statusCode(422).body("errors[0].field", equalTo("scope"));
        // No scope named: the creating token's.
        TestUsers.withToken(parent.getString("token")).body(Map.of("name", "default")).post("/api/v1/me/tokens")
                .then().statusCode(201).body("scope", equalTo("read"));
        TestUsers.withToken(parent.getString("token")).body(Map.of("name", "same", "scope", "read")).post("/api/v1/me/tokens")
                .then().statusCode(201)
                .body("scope", equalTo("read"))
                .body("parent_id", equalTo(parent.getInt("id")));
    }

    @Test
    void shouldNotLetATokenCreateOneLivingLonger() {
        String username = TestUsers.create(Role.EDITOR);
        String parent = createToken(username, Map.of("name", "month", "expires_in_days", 30));

        TestUsers.withToken(parent).body(Map.of("name", "forever")).post("/api/v1/me/tokens")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("expires_in_days"))
                .body("errors[0].message", containsString("at most 29"));
        TestUsers.withToken(parent).body(Map.of("name", "longer", "expires_in_days", 31)).post("/api/v1/me/tokens")
                .then().statusCode(422).body("errors[0].field", equalTo("expires_in_days"));
        TestUsers.withToken(parent).body(Map.of("name", "shorter", "expires_in_days", 7)).post("/api/v1/me/tokens")
                .then().statusCode(201).body("expires_at", notNullValue());
    }

    @Test
    void shouldRevokeWhatATokenCreatedWithIt() {
        String username = TestUsers.create(Role.EDITOR);
        JsonPath parent = TestUsers.as(username).body(Map.of("name", "parent")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath();
        String child = createToken(parent.getString("token"), "child");
        String grandchild = createToken(child, "grandchild");
        TestUsers.withToken(grandchild).get("/api/v1/me").then().statusCode(200);

        TestUsers.as(username).delete("/api/v1/me/tokens/" + parent.getLong("id")).then().statusCode(204);

        TestUsers.withToken(child).get("/api/v1/me").then().statusCode(401);
        TestUsers.withToken(grandchild).get("/api/v1/me").then().statusCode(401);
        TestUsers.as(username).get("/api/v1/me/tokens").then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldNotLetAReadTokenRevokeTokens() {
        String username = TestUsers.create(Role.EDITOR);
        JsonPath other = TestUsers.as(username).body(Map.of("name", "other")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath();
        String reader = createToken(username, Map.of("name", "reader", "scope", "read"));

        TestUsers.withToken(reader).delete("/api/v1/me/tokens/" + other.getLong("id"))
                .then().statusCode(403).contentType("application/problem+json");

        TestUsers.withToken(other.getString("token")).get("/api/v1/me").then().statusCode(200);
    }

    private static String createToken(String username, Map<String, Object> body) {
        return TestUsers.as(username).body(body).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    /** A token made by authenticating with another token. */
    private static String createToken(String parentToken, String name) {
        return TestUsers.withToken(parentToken).body(Map.of("name", name)).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static String createToken(String username) {
        return TestUsers.as(username).body(Map.of("name", "test")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }
}
