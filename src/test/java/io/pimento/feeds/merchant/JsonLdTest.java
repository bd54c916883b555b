package io.pimento.feeds.merchant;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.feeds.FeedCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.USD;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class JsonLdTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        MerchantCatalog.linkProducts(c.ecommerce());
    }

    String jsonLd(String channel, String identifier) {
        return "/api/v1/feeds/" + channel + "/products/" + identifier + ".jsonld";
    }

    @Test
    void shouldDescribeAProductWithAnOfferPerChannelCurrency() {
        product(c, "boot", c.bootsCategory())
                .value(c.name(), EN, null, "Boot")
                .value(c.description(), EN, c.ecommerce(), "A warm boot")
                .value(c.image(), "ab/cd/abcd_boot.png")
                .value(c.ean(), "4006381333931")
                .value(c.price(), List.of(Map.of("amount", "12", "currency", EUR), Map.of("amount", "14.50", "currency", USD)))
                .create();

        asViewer().accept("application/ld+json").get(jsonLd(c.ecommerce(), c.sku("boot")))
                .then().statusCode(200).contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("Product"))
                .body("name", equalTo("Boot"))
                .body("description", equalTo("A warm boot"))
                .body("sku", equalTo(c.sku("boot")))
                .body("gtin13", equalTo("4006381333931"))
                .body("image", endsWith("ab/cd/abcd_boot.png"))
                .body("url", equalTo("https://shop.example.com/p/" + c.sku("boot")))
                .body("category", equalTo(c.bootsCategory()))
                .body("offers.'@type'", contains("Offer", "Offer"))
                .body("offers.price", contains("12.00", "14.50"))
                .body("offers.priceCurrency", contains(EUR, USD))
                .body("offers.availability", contains("https://schema.org/InStock", "https://schema.org/InStock"));
    }

    @Test
    void shouldDescribeAProductModelAsAGroupOfItsVariants() {
        asEditor().body(Map.of("code", c.sku("boot"), "family_variant", c.familyBySize(),
                        "categories", List.of(c.bootsCategory()),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/v1/product-models").then().statusCode(201);
        for (String size : List.of("s", "m")) {
            asEditor().body(Map.of("identifier", c.sku("boot_" + size), "parent", c.sku("boot"),
                            "values", Map.of(c.size(), List.of(Map.of("data", size)))))
                    .post("/api/v1/products").then().statusCode(201);
        }

        asViewer().accept("*/*").get(jsonLd(c.ecommerce(), c.sku("boot")))
                .then().statusCode(200).contentType(startsWith("application/ld+json"))
                .body("'@type'", equalTo("ProductGroup"))
                .body("productGroupID", equalTo(c.sku("boot")))
                .body("name", equalTo("Boot"))
                .body("variesBy", contains("https://schema.org/size"))
                .body("hasVariant.'@type'", contains("Product", "Product"))
                .body("hasVariant.sku", containsInAnyOrder(c.sku("boot_s"), c.sku("boot_m")));
    }

    @Test
    void shouldNameTheGroupOfAVariant() {
        asEditor().body(Map.of("code", c.sku("boot"), "family_variant", c.familyBySize(),
                        "categories", List.of(c.bootsCategory())))
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(Map.of("identifier", c.sku("boot_m"), "parent", c.sku("boot"),
                        "values", Map.of(c.size(), List.of(Map.of("data", "m")))))
                .post("/api/v1/products").then().statusCode(201);

        asViewer().accept("*/*").get(jsonLd(c.ecommerce(), c.sku("boot_m")))
                .then().statusCode(200)
                .body("'@type'", equalTo("Product"))
                .body("isVariantOf.productGroupID", equalTo(c.sku("boot")));
    }

    @Test
    void shouldRefuseAChannelTokenAnotherChannelsProduct() {
        product(c, "boot", c.bootsCategory()).create();

        FeedCatalog.withToken(token(c.mobile())).accept("*/*").get(jsonLd(c.ecommerce(), c.sku("boot")))
                .then().statusCode(403);
    }

    @Test
    void shouldLetAChannelTokenReadItsOwnProduct() {
        product(c, "boot", c.bootsCategory()).create();

        FeedCatalog.withToken(token(c.ecommerce())).accept("*/*").get(jsonLd(c.ecommerce(), c.sku("boot")))
                .then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAProductOutsideTheFeedOrAnUnknownChannel() {
        asViewer().accept("*/*").get(jsonLd(c.ecommerce(), c.sku("never_made")))
                .then().statusCode(404).contentType("application/problem+json");
        asViewer().accept("*/*").get(jsonLd("nowhere_" + c.suffix(), c.sku("boot"))).then().statusCode(404);
    }
}
