package io.pimento.search;

import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The product API's writes reach the index through the outbox, with nothing else to call. */
@QuarkusTest
class SearchThroughProductApiTest {

    @Inject
    io.pimento.catalog.product.CatalogFixtures productFixtures;

    @Test
    void shouldFollowProductsCreatedUpdatedAndDeletedThroughTheApi() {
        TestCatalog c = productFixtures.standardCatalog();
        String sku = c.sku("searchable");
        Api.asEditor().body(Map.of("identifier", sku, "family", c.family(),
                        "values", Map.of(c.name(), List.of(value("en_US", "Glacier parka")))))
                .post("/api/v1/products").then().statusCode(201);
        await().untilAsserted(() -> search(c, "parka").body("items.identifier", contains(sku))
                .body("items[0].label", equalTo("Glacier parka")));

        Api.asEditor().body(Map.of("values", Map.of(c.name(), List.of(value("en_US", "Glacier anorak")))))
                .patch("/api/v1/products/" + sku).then().statusCode(200);
        await().untilAsserted(() -> search(c, "anorak").body("items.identifier", contains(sku)));

        Api.asEditor().delete("/api/v1/products/" + sku).then().statusCode(204);
        await().untilAsserted(() -> search(c, "anorak").body("total", equalTo(0)));
    }

    private static Map<String, Object> value(String locale, Object data) {
        Map<String, Object> value = new java.util.HashMap<>();
        value.put("locale", locale);
        value.put("scope", null);
        value.put("data", data);
        return value;
    }

    private static ValidatableResponse search(TestCatalog c, String text) {
        return Api.asViewer().queryParam("family", c.family()).queryParam("q", text).queryParam("locale", "en_US")
                .get("/api/v1/search/products").then().statusCode(200);
    }
}
