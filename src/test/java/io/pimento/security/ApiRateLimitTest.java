package io.pimento.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A small limit (a burst of 20 API requests, then one an hour) shows that a user's requests are
 * counted on their own, and a personal token's apart from its owner's.
 */
@QuarkusTest
@TestProfile(ApiRateLimitTest.SmallLimit.class)
class ApiRateLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pimento.security.api-rate-limit.requests", "1",
                    "pimento.security.api-rate-limit.period", "1h",
                    "pimento.security.api-rate-limit.burst", "20");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterToAUserOverTheLimitAndOnlyToThem() {
        String busy = TestUsers.create(Role.VIEWER);
        String other = TestUsers.create(Role.VIEWER);
        String token = TestUsers.as(busy).body(Map.of("name", "sync", "scope", "read")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("token");
        for (int i = 1; i < 20; i++) {
            TestUsers.as(busy).get("/api/v1/me").then().statusCode(200);
        }

        String retryAfter = TestUsers.as(busy).get("/api/v1/me").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("rate limit exceeded"))
                .extract().header("Retry-After");
        // the next permit comes an hour after the bucket started refilling, a few seconds ago
        assertThat(Integer.parseInt(retryAfter)).isBetween(3000, 3600);
        // the token has a bucket of its own, and other users are not concerned
        TestUsers.withToken(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo(busy));
        TestUsers.as(other).get("/api/v1/me").then().statusCode(200);
    }
}
