package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductHistoryTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    private String created() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).categories(c.bootsCategory()).value(c.name(), EN, null, "Boot").build())
                .post("/api/v1/products").then().statusCode(201);
        return sku;
    }

    @Test
    void shouldRecordTheCreationWithItsFields() {
        String sku = created();

        asViewer().when().get("/api/v1/products/" + sku + "/history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("created"))
                .body("items[0].author", equalTo("editor"))
                .body("items[0].version", equalTo(0))
                .body("items[0].changed_at", notNullValue())
                .body("items[0].changes.field", hasItem("family"))
                .body("items[0].changes.find { it.field == 'values.%s.en_US' }.after".formatted(c.name()), equalTo("Boot"))
                .body("items[0].changes.find { it.field == 'categories' }.after", contains(c.bootsCategory()));
    }

    @Test
    void shouldRecordFieldLevelChangesNewestFirst() {
        String sku = created();
        asEditor().body(ProductJson.empty().set("enabled", false).value(c.name(), EN, null, "Big boot").build())
                .patch("/api/v1/products/" + sku).then().statusCode(200);

        asViewer().when().get("/api/v1/products/" + sku + "/history")
                .then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].version", equalTo(1))
                .body("items[0].changes", hasSize(2))
                .body("items[0].changes[0].field", equalTo("enabled"))
                .body("items[0].changes[0].before", equalTo(true))
                .body("items[0].changes[0].after", equalTo(false))
                .body("items[0].changes[1].field", equalTo("values.%s.en_US".formatted(c.name())))
                .body("items[0].changes[1].before", equalTo("Boot"))
                .body("items[0].changes[1].after", equalTo("Big boot"));
    }

    @Test
    void shouldRecordNothingWhenNothingChanges() {
        String sku = created();
        asEditor().body(ProductJson.empty().value(c.name(), EN, null, "Boot").build())
                .patch("/api/v1/products/" + sku).then().statusCode(200);

        asViewer().when().get("/api/v1/products/" + sku + "/history").then().body("items", hasSize(1));
    }

    @Test
    void shouldKeepTheHistoryOfADeletedProduct() {
        String sku = created();
        asEditor().delete("/api/v1/products/" + sku).then().statusCode(204);

        asViewer().when().get("/api/v1/products/" + sku + "/history")
                .then().statusCode(200)
                .body("items.action", contains("deleted", "created"));
    }

    @Test
    void shouldPageThroughTheHistory() {
        String sku = created();
        for (int i = 0; i < 2; i++) {
            asEditor().body(Map.of("enabled", i % 2 == 1)).patch("/api/v1/products/" + sku).then().statusCode(200);
        }
        String next = asViewer().queryParam("limit", 2).when().get("/api/v1/products/" + sku + "/history")
                .then().statusCode(200)
                .body("items.version", contains(2, 1))
                .extract().path("next");
        asViewer().queryParam("limit", 2).queryParam("after", next).when().get("/api/v1/products/" + sku + "/history")
                .then().statusCode(200)
                .body("items.version", contains(0))
                .body("next", nullValue());
    }

    @Test
    void shouldAnswer404ForTheHistoryOfAProductThatNeverExisted() {
        asViewer().when().get("/api/v1/products/" + c.sku("never") + "/history").then().statusCode(404);
    }

    @Test
    void shouldFollowARenamedProduct() {
        String sku = created();
        asEditor().body(Map.of("identifier", c.sku("renamed"))).patch("/api/v1/products/" + sku).then().statusCode(200);

        asViewer().when().get("/api/v1/products/" + c.sku("renamed") + "/history")
                .then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].changes.field", hasItem("identifier"));
    }

}
