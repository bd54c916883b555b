package io.pimento.common;

import io.pimento.catalog.Fixtures;
import io.pimento.testing.Api;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * PostgreSQL is stopped and started again once here (a few seconds): while it is away, requests
 * fail cleanly (503 with Retry-After and a problem body, nothing half-written), and the
 * application serves again by itself once it is back, with no restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() {
        String category = "outage_" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.locale("en_US");
        Api.asAdmin().body(Map.of("code", category, "labels", Map.of("en_US", "Before"))).post("/api/v1/categories")
                .then().statusCode(201);

        TestServices.stopPostgres();
        try {
            Api.asViewer().get("/api/v1/categories/" + category).then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("the database is unavailable"));
            Api.asAdmin().body(Map.of("labels", Map.of("en_US", "During"))).patch("/api/v1/categories/" + category).then()
                    .statusCode(503)
                    .contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            TestServices.startPostgres();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Api.asViewer().get("/api/v1/categories/" + category).then().statusCode(200)
                        .body("labels.en_US", equalTo("Before")));
        Api.asAdmin().body(Map.of("labels", Map.of("en_US", "After"))).patch("/api/v1/categories/" + category).then()
                .statusCode(200);
        Api.asViewer().get("/api/v1/categories/" + category).then().statusCode(200).body("labels.en_US", equalTo("After"));
    }
}
