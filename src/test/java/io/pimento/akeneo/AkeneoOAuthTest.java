package io.pimento.akeneo;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AkeneoOAuthTest {

    @BeforeEach
    void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldShowTheSecretOnlyAtCreation() {
        AkeneoClient client = AkeneoClient.connection();
        assertThat(client.secret).startsWith("pks_");
        Api.asAdmin().get("/api/v1/api-connections").then().statusCode(200)
                .body("items.client_id", hasItem(client.clientId))
                .body("items.secret", not(hasItem(client.secret)));
    }

    @Test
    void shouldLeaveConnectionsToAdmins() {
        Api.asEditor().body(Map.of("code", "nope")).post("/api/v1/api-connections").then().statusCode(403);
    }

    @Test
    void shouldGrantATokenForTheUsersPasswordAndServeTheApiWithIt() {
        JsonPath token = AkeneoClient.connection().token("viewer", "viewer");
        assertThat(token.getString("access_token")).startsWith("pka_");
        assertThat(token.getString("refresh_token")).startsWith("pkr_");
        assertThat(token.getInt("expires_in")).isEqualTo(3600);
        assertThat(token.getString("token_type")).isEqualTo("bearer");
        assertThat(token.getMap("").containsKey("scope")).isTrue();
        assertThat(token.getString("scope")).isNull();

        AkeneoClient.bearer(token.getString("access_token")).get("/api/rest/v1/products?limit=1").then().statusCode(200);
    }

    @Test
    void shouldAcceptAFormEncodedTokenRequest() {
        AkeneoClient client = AkeneoClient.connection();
        given().auth().preemptive().basic(client.clientId, client.secret)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", "viewer").formParam("password", "viewer")
                .post("/api/oauth/v1/token")
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void shouldTradeARefreshTokenForANewPairOnlyOnce() {
        AkeneoClient client = AkeneoClient.connection();
        JsonPath first = client.token("viewer", "viewer");
        JsonPath second = client.tokenRequest()
                .body(Map.of("grant_type", "refresh_token", "refresh_token", first.getString("refresh_token")))
                .post("/api/oauth/v1/token")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getString("access_token")).isNotEqualTo(first.getString("access_token"));
        AkeneoClient.bearer(second.getString("access_token")).get("/api/rest/v1/products?limit=1").then().statusCode(200);
        // the refresh token was consumed, and the pair it belonged to with it
        AkeneoClient.bearer(first.getString("access_token")).get("/api/rest/v1/products?limit=1").then().statusCode(401);
        client.tokenRequest()
                .body(Map.of("grant_type", "refresh_token", "refresh_token", first.getString("refresh_token")))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("code", equalTo(422)).body("message", notNullValue());
    }

    @Test
    void shouldRefuseAWrongPasswordAsAkeneoDoes() {
        String user = TestUsers.create(Role.VIEWER);
        AkeneoClient.connection().tokenRequest()
                .body(Map.of("grant_type", "password", "username", user, "password", "wrong-password"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422)
                .body("code", equalTo(422))
                .body("message", equalTo("Invalid user credentials."));
    }

    @Test
    void shouldRefuseAWrongClientSecret() {
        AkeneoClient client = AkeneoClient.connection();
        given().auth().preemptive().basic(client.clientId, client.secret + "x").contentType("application/json")
                .body(Map.of("grant_type", "password", "username", "viewer", "password", "viewer"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("code", equalTo(422));
        given().contentType("application/json")
                .body(Map.of("grant_type", "password", "username", "viewer", "password", "viewer"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("code", equalTo(422));
    }

    @Test
    void shouldRefuseAnUnknownGrantType() {
        AkeneoClient.connection().tokenRequest().body(Map.of("grant_type", "client_credentials"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("message", equalTo("Grant type \"client_credentials\" is not supported: use password or refresh_token"));
    }

    @Test
    void shouldRevokeTokensWithTheirConnection() {
        String code = "conn_revoked_" + System.nanoTime();
        JsonPath created = Api.asAdmin().body(Map.of("code", code)).post("/api/v1/api-connections").then().statusCode(201).extract().jsonPath();
        String access = given().auth().preemptive().basic(created.getString("client_id"), created.getString("secret"))
                .contentType("application/json")
                .body(Map.of("grant_type", "password", "username", "viewer", "password", "viewer"))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
        AkeneoClient.bearer(access).get("/api/rest/v1/products?limit=1").then().statusCode(200);

        Api.asAdmin().delete("/api/v1/api-connections/" + code).then().statusCode(204);

        AkeneoClient.bearer(access).get("/api/rest/v1/products?limit=1").then().statusCode(401)
                .body("code", equalTo(401)).body("message", notNullValue()).body("type", nullValue());
    }

    @Test
    void shouldStopTheTokensOfADisabledUser() {
        String user = TestUsers.create(Role.VIEWER);
        String access = AkeneoClient.connection().token(user, TestUsers.PASSWORD).getString("access_token");
        AkeneoClient.bearer(access).get("/api/rest/v1/products?limit=1").then().statusCode(200);
        TestUsers.disable(user);
        AkeneoClient.bearer(access).get("/api/rest/v1/products?limit=1").then().statusCode(401);
    }

    @Test
    void shouldApplyTheUsersRole() {
        AkeneoClient.as("viewer").body(Map.of("identifier", "viewer_cannot_" + System.nanoTime()))
                .post("/api/rest/v1/products")
                .then().statusCode(403).body("code", equalTo(403));
    }
}
