package io.pimento.ops;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** {@code /q/*} as production has it (pimento.security.protect-management on); the other tests run with it off. */
@QuarkusTest
@TestProfile(ManagementProtectionTest.Protected.class)
class ManagementProtectionTest {

    public static class Protected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pimento.security.protect-management", "true");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void shouldChallengeAnonymousCallers(String path) {
        // Basic: a browser opening Swagger UI asks for a login; no redirect to the UI's login form.
        List<String> challenges = given().redirects().follow(false).get(path).then().statusCode(401)
                .extract().headers().getValues("WWW-Authenticate");
        assertThat(challenges).containsExactly("Basic realm=\"Pimento\"", "Bearer realm=\"Pimento\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi"})
    void shouldRefuseNonAdmins(String path) {
        Api.asViewer().get(path).then().statusCode(403);
        Api.as("editor").get(path).then().statusCode(403);
    }

    @Test
    void shouldServeAdmins() {
        Api.asAdmin().accept("*/*").get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes{"));
        Api.asAdmin().accept("*/*").get("/q/openapi").then().statusCode(200).body(containsString("Pimento API"));
    }

    @Test
    void shouldServeAdminsToken() {
        String admin = TestUsers.create(Role.ADMIN);
        String token = TestUsers.as(admin).body(Map.of("name", "prometheus")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        String reader = TestUsers.as(admin).body(Map.of("name", "reader", "scope", "read")).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");

        given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(200);
        // An admin's read-only token is no admin.
        given().header("Authorization", "Bearer " + reader).get("/q/metrics").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready"})
    void shouldKeepHealthOpenForLoadBalancers(String path) {
        given().get(path).then().statusCode(200);
    }
}
