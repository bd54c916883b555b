package io.pimento.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class HealthTest {

    @Test
    void readinessReportsDatabaseAndSearchEngineUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "OpenSearch cluster health check"))
                .body("checks.find { it.name == 'OpenSearch cluster health check' }.status", equalTo("UP"));
    }

    @Test
    void metricsExposeTheSearchBacklog() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pimento_search_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("pimento_search_outbox_oldest_age_seconds"));
    }

    @Test
    void livenessAnswersWithoutCredentials() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
