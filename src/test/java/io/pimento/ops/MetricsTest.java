package io.pimento.ops;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class MetricsTest {

    @Test
    void shouldExposeJvmMetricsForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes{"));
    }

    @Test
    void shouldCountHttpRequestsPerEndpoint() {
        Api.asViewer().get("/api/v1/me").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(matchesPattern("(?s).*http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/me\"[^}]*} [1-9].*"));
    }
}
