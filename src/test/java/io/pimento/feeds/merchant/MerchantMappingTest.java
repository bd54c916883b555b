package io.pimento.feeds.merchant;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** {@code /api/v1/channels/{code}/google-mapping}. */
@QuarkusTest
class MerchantMappingTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String mapping;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        mapping = "/api/v1/channels/" + c.ecommerce() + "/google-mapping";
    }

    @Test
    void shouldStartWithGuessedAttributesInStockAndNew() {
        Api.asViewer().get(mapping)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("channel", equalTo(c.ecommerce()))
                .body("title", nullValue())
                .body("price", nullValue())
                .body("link_template", nullValue())
                .body("default_availability", equalTo("in_stock"))
                .body("condition", equalTo("new"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldStoreAChangedMappingWithANewVersion() {
        Api.asAdmin().body(Map.of("gtin", c.code(), "condition", "used")).put(mapping)
                .then().statusCode(200).header("ETag", "\"0\"");

        Api.asAdmin().body(Map.of("mpn", c.code(), "link_template", "https://shop.example.com/p/{identifier}"))
                .header("If-Match", "\"0\"").put(mapping)
                .then().statusCode(200).header("ETag", "\"1\"");

        Api.asViewer().get(mapping)
                .then().statusCode(200)
                .body("mpn", equalTo(c.code()))
                .body("gtin", nullValue())
                .body("condition", equalTo("new"))
                .body("link_template", equalTo("https://shop.example.com/p/{identifier}"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUnknownAttributeNamingTheField() {
        Api.asAdmin().body(Map.of("description", "nothing_" + c.suffix())).put(mapping)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("description"));
    }

    @Test
    void shouldRefuseAPriceThatIsNotAPriceAttribute() {
        Api.asAdmin().body(Map.of("price", c.name())).put(mapping)
                .then().statusCode(422).body("errors.field", contains("price"));
    }

    @Test
    void shouldRefuseALinkTemplateWithoutTheIdentifier() {
        Api.asAdmin().body(Map.of("link_template", "https://shop.example.com/")).put(mapping)
                .then().statusCode(422).body("errors.field", contains("link_template"));
    }

    @Test
    void shouldRefuseAnUnknownCondition() {
        Api.asAdmin().body(Map.of("condition", "mint")).put(mapping)
                .then().statusCode(422).body("errors.field", contains("condition"));
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        Api.asAdmin().body(Map.of("condition", "used")).header("If-Match", "\"4\"").put(mapping)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void shouldNotLetAViewerChangeIt() {
        Api.asViewer().body(Map.of("condition", "used")).put(mapping).then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnUnknownChannel() {
        Api.asViewer().get("/api/v1/channels/nowhere_" + c.suffix() + "/google-mapping").then().statusCode(404);
    }
}
