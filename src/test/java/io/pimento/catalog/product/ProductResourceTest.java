package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.ProductJson.price;
import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductResourceTest {

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ProductsChangedRecorder events;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldCreateProductInAkeneoShape() {
        String sku = c.sku("big_boot");
        asEditor().body(product(sku).family(c.family()).categories(c.bootsCategory())
                        .value(c.name(), EN, null, "Big boot")
                        .value(c.price(), List.of(price("120.00", EUR)))
                        .build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/products/" + sku))
                .header("ETag", "\"0\"")
                .body("identifier", equalTo(sku))
                .body("family", equalTo(c.family()))
                .body("parent", nullValue())
                .body("enabled", equalTo(true))
                .body("status", equalTo("draft"))
                .body("version", equalTo(0))
                .body("categories", contains(c.bootsCategory()))
                .body("values." + c.name() + "[0].data", equalTo("Big boot"))
                .body("values." + c.price() + "[0].data[0].amount", equalTo("120.00"))
                .body("values." + SKU + "[0].data", equalTo(sku))
                .body("created", notNullValue())
                .body("completeness", hasSize(3));
    }

    @Test
    void shouldRefuseAnIdentifierThatExistsInAnotherCase() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        asEditor().body(product(sku.toUpperCase()).family(c.family()).build())
                .when().post("/api/v1/products")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("identifier"));
    }

    @Test
    void shouldFindProductWhateverTheCaseOfItsIdentifier() {
        String sku = c.sku("Boot");
        asEditor().body(product(sku).build()).post("/api/v1/products").then().statusCode(201);
        asViewer().when().get("/api/v1/products/" + sku.toUpperCase())
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("identifier", equalTo(sku));
    }

    @Test
    void shouldAnswer404ForAnUnknownProduct() {
        asViewer().when().get("/api/v1/products/" + c.sku("nothing"))
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseUnknownFamily() {
        asEditor().body(product(c.sku("boot")).family("no_such_family").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors.field", hasItem("family"));
    }

    @Test
    void shouldRefuseUnknownCategoryAndGroup() {
        asEditor().body(product(c.sku("boot")).categories("nowhere").set("groups", List.of("nogroup")).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors.field", contains("categories", "groups"));
    }

    @Test
    void shouldRefuseUnknownTopLevelField() {
        asEditor().body(product(c.sku("boot")).set("colour", "red").build())
                .when().post("/api/v1/products")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("unknown field 'colour'"));
    }

    @Test
    void shouldRefuseViewerWrites() {
        asViewer().body(product(c.sku("boot")).build())
                .when().post("/api/v1/products")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseAnonymousReads() {
        RestAssured.given().when().get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void shouldReplaceEverythingWithPut() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).categories(c.bootsCategory())
                        .value(c.name(), EN, null, "Boot").value(c.waterproof(), true).build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(product(sku).family(c.family()).value(c.name(), FR, null, "Botte").build())
                .when().put("/api/v1/products/" + sku)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("categories", hasSize(0))
                .body("values." + c.name(), hasSize(1))
                .body("values." + c.name() + "[0].locale", equalTo(FR))
                .body("values." + c.waterproof(), nullValue());
    }

    @Test
    void shouldCreateWithPut() {
        String sku = c.sku("boot");
        asEditor().body(product(null).family(c.family()).build())
                .when().put("/api/v1/products/" + sku)
                .then().statusCode(201)
                .body("identifier", equalTo(sku));
    }

    @Test
    void shouldMergeOnlyGivenFieldsWithPatch() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).categories(c.bootsCategory())
                        .value(c.name(), EN, null, "Boot").value(c.name(), FR, null, "Botte").value(c.waterproof(), true).build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(ProductJson.empty().set("enabled", false)
                        .value(c.name(), FR, null, "Grande botte")
                        .value(c.waterproof(), null).build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("family", equalTo(c.family()))
                .body("categories", contains(c.bootsCategory()))
                .body("values." + c.name() + ".find { it.locale == 'en_US' }.data", equalTo("Boot"))
                .body("values." + c.name() + ".find { it.locale == 'fr_FR' }.data", equalTo("Grande botte"))
                .body("values." + c.waterproof(), nullValue());
    }

    @Test
    void shouldNotBumpTheVersionWhenNothingChanges() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).value(c.name(), EN, null, "Boot").build())
                .post("/api/v1/products").then().statusCode(201);
        asEditor().body(ProductJson.empty().value(c.name(), EN, null, "Boot").build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldListProductsPageByPageFilteredByFamily() {
        for (int i = 0; i < 3; i++) {
            asEditor().body(product(c.sku("p" + i)).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        }
        String next = asViewer().queryParam("family", c.family()).queryParam("limit", 2)
                .when().get("/api/v1/products")
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("p0"), c.sku("p1")))
                .extract().path("next");
        asViewer().queryParam("family", c.family()).queryParam("limit", 2).queryParam("after", next)
                .when().get("/api/v1/products")
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("p2")))
                .body("next", nullValue());
    }

    @Test
    void shouldDeleteProduct() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).build()).post("/api/v1/products").then().statusCode(201);
        asEditor().when().delete("/api/v1/products/" + sku).then().statusCode(204);
        asViewer().when().get("/api/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void shouldRenameProductAndKeepItsIdentifierValueInSync() {
        String sku = c.sku("boot");
        String renamed = c.sku("renamed");
        asEditor().body(product(sku).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        asEditor().body(Map.of("identifier", renamed))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("identifier", equalTo(renamed))
                .body("values." + SKU + "[0].data", equalTo(renamed));
        asViewer().when().get("/api/v1/products/" + sku).then().statusCode(404);
    }


    @Test
    void shouldListOnlyProductsUpdatedSinceAnInstant() {
        asEditor().body(product(c.sku("old")).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        String since = java.time.Instant.now().plusMillis(5).toString();
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        asEditor().body(product(c.sku("new")).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);

        asViewer().queryParam("family", c.family()).queryParam("updated_since", since)
                .when().get("/api/v1/products")
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("new")));
    }

    @Test
    void shouldRefuseAnUnreadableUpdatedSince() {
        asViewer().queryParam("updated_since", "yesterday").when().get("/api/v1/products")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("updated_since"));
    }

    @Test
    void shouldAnnounceEveryCreateUpdateAndDelete() {
        String sku = c.sku("boot");
        int mark = events.mark();
        asEditor().body(product(sku).build()).post("/api/v1/products").then().statusCode(201);
        long id = ProductsChangedRecorder.idOf(sku);
        assertThat(events.announcedSince(mark, id)).isTrue();

        mark = events.mark();
        asEditor().body(Map.of("enabled", false)).patch("/api/v1/products/" + sku).then().statusCode(200);
        assertThat(events.announcedSince(mark, id)).isTrue();

        mark = events.mark();
        asEditor().body(Map.of("enabled", false)).patch("/api/v1/products/" + sku).then().statusCode(200);
        assertThat(events.announcedSince(mark, id)).as("a write that changes nothing").isFalse();

        mark = events.mark();
        asEditor().delete("/api/v1/products/" + sku).then().statusCode(204);
        assertThat(events.announcedSince(mark, id)).isTrue();
    }
}
