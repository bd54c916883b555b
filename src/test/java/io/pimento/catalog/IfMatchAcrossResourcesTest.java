package io.pimento.catalog;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.pimento.testing.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;

/** The same If-Match header gets the same answer from products, structures, merchandising resources and users. */
@QuarkusTest
class IfMatchAcrossResourcesTest {

    @Inject
    CatalogFixtures fixtures;

    static TestCatalog c;
    static List<String> resources;

    @BeforeEach
    void catalog() {
        if (c != null) {
            return;
        }
        c = fixtures.standardCatalog();
        asAdmin().body(Map.of("identifier", c.sku("lock"), "family", c.family())).post("/api/v1/products").then().statusCode(201);
        String user = "lock-" + c.suffix();
        asAdmin().body(Map.of("username", user, "password", "a long enough passphrase 42", "role", "viewer"))
                .post("/api/v1/users").then().statusCode(201);
        String segment = "lock_" + c.suffix();
        asAdmin().body(Map.of("code", segment, "name", "Lock", "condition", Map.of("field", "device", "op", "eq", "value", "mobile")))
                .post("/api/v1/segments").then().statusCode(201);
        resources = List.of("/api/v1/products/" + c.sku("lock"), "/api/v1/families/" + c.family(),
                "/api/v1/segments/" + segment, "/api/v1/users/" + user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"not-a-version\""})
    void shouldRefuseAHeaderThatNamesNoVersionWith400Everywhere(String header) {
        for (String resource : resources) {
            asAdmin().header("If-Match", header).body(Map.of()).patch(resource).then()
                    .statusCode(400).body("errors[0].field", equalTo("If-Match"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"999\"", "W/\"999\""})
    void shouldRefuseAStaleVersionWith412Everywhere(String header) {
        for (String resource : resources) {
            asAdmin().header("If-Match", header).body(Map.of()).patch(resource).then().statusCode(412);
        }
    }
}
