package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.ProductJson.model;
import static io.pimento.catalog.product.ProductJson.price;
import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class VariantProductTest {

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ProductsChangedRecorder events;

    TestCatalog c;
    String root;
    String red;

    /** boot (root: name, categories master) → boot_red (color red) → variants by size. */
    @BeforeEach
    void models() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        root = c.sku("boot");
        red = c.sku("boot_red");
        asEditor().body(model(root, c.familyByColorAndSize()).categories(c.masterCategory())
                        .value(c.name(), EN, null, "Boot").value(c.price(), List.of(price("10", EUR))).build())
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(model(red, c.familyByColorAndSize()).parent(root).value(c.color(), "red").build())
                .post("/api/v1/product-models").then().statusCode(201);
    }

    private void variant(String sku, String size) {
        asEditor().body(product(sku).parent(red).value(c.size(), size).build()).post("/api/v1/products").then().statusCode(201);
    }

    @Test
    void shouldShowInheritedValuesAndCategoriesOnAVariant() {
        String sku = c.sku("boot_red_m");
        asEditor().body(product(sku).parent(red).categories(c.bootsCategory()).value(c.size(), "m").build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("family", equalTo(c.family()))
                .body("parent", equalTo(red))
                .body("categories", containsInAnyOrder(c.masterCategory(), c.bootsCategory()))
                .body("values." + c.name() + "[0].data", equalTo("Boot"))
                .body("values." + c.color() + "[0].data", equalTo("red"))
                .body("values." + c.size() + "[0].data", equalTo("m"));
    }

    @Test
    void shouldAcceptAFetchedVariantSentBackAsItIs() {
        String sku = c.sku("boot_red_m");
        variant(sku, "m");
        Map<String, Object> fetched = asViewer().get("/api/v1/products/" + sku).then().extract().as(Map.class);

        asEditor().body(fetched).when().put("/api/v1/products/" + sku)
                .then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseAVariantWithoutItsAxisValue() {
        asEditor().body(product(c.sku("boot_red_x")).parent(red).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.size()));
    }

    @Test
    void shouldRefuseTwoVariantsWithTheSameAxisValues() {
        variant(c.sku("boot_red_m"), "m");
        asEditor().body(product(c.sku("boot_red_m2")).parent(red).value(c.size(), "M").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.size()))
                .body("errors[0].message", containsString(c.sku("boot_red_m")));
    }

    @Test
    void shouldRefuseAValueThatBelongsToAModel() {
        asEditor().body(product(c.sku("boot_red_m")).parent(red).value(c.size(), "m").value(c.name(), EN, null, "Other name").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.name()))
                .body("errors[0].message", containsString("common attribute"));
    }

    @Test
    void shouldRefuseAVariantDirectlyUnderTheRootOfATwoLevelVariant() {
        asEditor().body(product(c.sku("boot_m")).parent(root).value(c.size(), "m").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void shouldRefuseAVariantInAnotherFamily() {
        TestCatalog other = fixtures.standardCatalog();
        asEditor().body(product(c.sku("boot_red_m")).family(other.family()).parent(red).value(c.size(), "m").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("family"));
    }

    @Test
    void shouldRefuseAnUnknownParent() {
        asEditor().body(product(c.sku("boot_red_m")).parent("no_such_model").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void shouldComputeTheCompletenessOfAVariantWithInheritedValues() {
        String sku = c.sku("boot_red_m");
        asEditor().body(product(sku).parent(red).value(c.size(), "m").build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("completeness.find { it.channel == '%s' }.ratio".formatted(c.mobile()), equalTo(100));
    }

    @Test
    void shouldRecomputeAndAnnounceVariantsWhenTheirModelChanges() {
        String sku = c.sku("boot_red_m");
        variant(sku, "m");
        long id = ProductsChangedRecorder.idOf(sku);
        int mark = events.mark();

        asEditor().body(model(root, null).value(c.name(), EN, null, null).build())
                .when().patch("/api/v1/product-models/" + root)
                .then().statusCode(200);

        assertThat(events.announcedSince(mark, id)).isTrue();
        asViewer().when().get("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("values." + c.name(), nullValue())
                .body("completeness.find { it.channel == '%s' }.ratio".formatted(c.mobile()), equalTo(50));
    }

    @Test
    void shouldTurnAVariantIntoASimpleProductKeepingItsValues() {
        String sku = c.sku("boot_red_m");
        variant(sku, "m");

        asEditor().body(java.util.Collections.singletonMap("parent", null))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("parent", nullValue())
                .body("values." + c.name() + "[0].data", equalTo("Boot"))
                .body("values." + c.color() + "[0].data", equalTo("red"));
    }

    @Test
    void shouldDeleteAModelWithItsSubModelsAndVariants() {
        String sku = c.sku("boot_red_m");
        variant(sku, "m");

        asEditor().when().delete("/api/v1/product-models/" + root).then().statusCode(204);

        asViewer().get("/api/v1/product-models/" + red).then().statusCode(404);
        asViewer().get("/api/v1/products/" + sku).then().statusCode(404);
    }
}
