package io.pimento.security;

import io.pimento.testing.Api;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Users made through the users API for one test, with unique names. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    /** Creates an enabled user with the given role and {@link #PASSWORD}; returns its username. */
    public static String create(Role role) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.asAdmin()
                .body(Map.of("username", username, "password", PASSWORD, "role", role.code()))
                .post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }

    public static void disable(String username) {
        Api.asAdmin().body(Map.of("enabled", false)).patch("/api/v1/users/" + username).then().statusCode(200);
    }

    public static RequestSpecification as(String username) {
        return as(username, PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
