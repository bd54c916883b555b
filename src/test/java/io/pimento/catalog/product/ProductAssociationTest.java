package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductAssociationTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String small;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        small = c.sku("small_boot");
        asEditor().body(product(small).build()).post("/api/v1/products").then().statusCode(201);
    }

    @Test
    void shouldAssociateExistingProductsInTheirDeclaredCase() {
        asEditor().body(product(c.sku("big_boot")).association(c.xsell(), List.of(small.toUpperCase()), List.of()).build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("associations." + c.xsell() + ".products", contains(small))
                .body("associations." + c.xsell() + ".product_models", hasSize(0));
    }

    @Test
    void shouldSendAFetchedProductWithAssociationsBackUnchanged() {
        String big = c.sku("big_boot");
        asEditor().body(product(big).association(c.xsell(), List.of(small), List.of()).build())
                .post("/api/v1/products").then().statusCode(201);
        String fetched = asViewer().get("/api/v1/products/" + big).then().statusCode(200)
                .body("associations." + c.xsell() + ".empty", nullValue())
                .extract().asString();

        asEditor().body(fetched).put("/api/v1/products/" + big)
                .then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseAnUnknownTarget() {
        asEditor().body(product(c.sku("big_boot")).association(c.xsell(), List.of("no_such_product"), List.of("no_such_model")).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors.field", contains("associations.%s.products".formatted(c.xsell()), "associations.%s.product_models".formatted(c.xsell())));
    }

    @Test
    void shouldRefuseAnUnknownAssociationType() {
        asEditor().body(product(c.sku("big_boot")).association("NO_SUCH_TYPE", List.of(small), List.of()).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("associations.NO_SUCH_TYPE"));
    }

    @Test
    void shouldRemoveADeletedProductFromOtherProductsAssociations() {
        String big = c.sku("big_boot");
        asEditor().body(product(big).association(c.xsell(), List.of(small), List.of()).build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().delete("/api/v1/products/" + small).then().statusCode(204);

        asViewer().when().get("/api/v1/products/" + big)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("associations." + c.xsell(), nullValue());
        asViewer().get("/api/v1/products/" + big + "/history")
                .then().body("items[0].changes[0].field", equalTo("associations.%s.products".formatted(c.xsell())));
    }

    @Test
    void shouldFollowARenamedTarget() {
        String big = c.sku("big_boot");
        asEditor().body(product(big).association(c.xsell(), List.of(small), List.of()).build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(java.util.Map.of("identifier", c.sku("tiny_boot"))).patch("/api/v1/products/" + small).then().statusCode(200);

        asViewer().get("/api/v1/products/" + big)
                .then().body("associations." + c.xsell() + ".products", contains(c.sku("tiny_boot")));
    }

    @Test
    void shouldReplaceOnlyTheGivenAssociationTypesWithPatch() {
        String big = c.sku("big_boot");
        String other = c.sku("other_boot");
        asEditor().body(product(other).build()).post("/api/v1/products").then().statusCode(201);
        asEditor().body(product(big).association(c.xsell(), List.of(small), List.of()).build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(ProductJson.empty().association(c.xsell(), List.of(other), List.of()).build())
                .when().patch("/api/v1/products/" + big)
                .then().statusCode(200)
                .body("associations." + c.xsell() + ".products", contains(other));
    }
}
