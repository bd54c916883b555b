package io.pimento.akeneo;

import io.pimento.testing.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What an Akeneo client does: an API connection (made by an admin), then tokens in a user's name. */
final class AkeneoClient {

    final String clientId;
    final String secret;

    private AkeneoClient(String clientId, String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    /** A new API connection with a unique code. */
    static AkeneoClient connection() {
        String code = "conn_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonPath created = Api.asAdmin().body(Map.of("code", code, "label", "Test connector"))
                .post("/api/v1/api-connections")
                .then().statusCode(201).extract().jsonPath();
        return new AkeneoClient(created.getString("client_id"), created.getString("secret"));
    }

    /** The token request as Akeneo's PHP client sends it: Basic client id and secret, a JSON body. */
    RequestSpecification tokenRequest() {
        return given().auth().preemptive().basic(clientId, secret).contentType(ContentType.JSON);
    }

    JsonPath token(String username, String password) {
        return tokenRequest().body(Map.of("grant_type", "password", "username", username, "password", password))
                .post("/api/oauth/v1/token")
                .then().statusCode(200).extract().jsonPath();
    }

    /** An access token of a demo user (password = name). */
    String accessToken(String user) {
        return token(user, user).getString("access_token");
    }

    static RequestSpecification bearer(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON).accept("*/*");
    }

    /** Requests as a demo user through an Akeneo token of a fresh connection. */
    static RequestSpecification as(String user) {
        return bearer(connection().accessToken(user));
    }
}
