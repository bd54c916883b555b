package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProductLockingTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String sku;

    @BeforeEach
    void createProduct() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        asEditor().body(Map.of("enabled", false)).patch("/api/v1/products/" + sku).then().statusCode(200);
    }

    @Test
    void shouldApplyAWriteWhoseIfMatchIsCurrent() {
        asEditor().header("If-Match", "\"1\"").body(Map.of("enabled", true))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412() {
        asEditor().header("If-Match", "\"0\"").body(Map.of("enabled", true))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(412);
        asEditor().header("If-Match", "\"0\"").when().delete("/api/v1/products/" + sku).then().statusCode(412);
        asViewer().get("/api/v1/products/" + sku).then().body("enabled", equalTo(false));
    }

    @Test
    void shouldRefuseAStaleVersionInTheBodyWith409() {
        asEditor().body(Map.of("enabled", true, "version", 0))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(409)
                .contentType("application/problem+json");
        asEditor().body(product(sku).set("version", 0).build())
                .when().put("/api/v1/products/" + sku)
                .then().statusCode(409);
    }

    @Test
    void shouldNeverSilentlyOverwriteConcurrentUpdates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = "Name " + i;
                Callable<Integer> write = () -> asEditor()
                        .body(ProductJson.empty().set("version", 1).value(c.name(), EN, null, name).build())
                        .patch("/api/v1/products/" + sku).statusCode();
                results.add(pool.submit(write));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        asViewer().get("/api/v1/products/" + sku).then().header("ETag", "\"2\"");
    }
}
