package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pimento.catalog.product.ProductJson.price;
import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static io.pimento.catalog.product.TestCatalog.USD;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ProductCompletenessTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    private String completeness(String channel, String locale, String field) {
        return "completeness.find { it.channel == '%s' && it.locale == '%s' }.%s".formatted(channel, locale, field);
    }

    @Test
    void shouldReportCompletenessPerChannelAndLocale() {
        asEditor().body(product(c.sku("boot")).family(c.family())
                        .value(c.name(), EN, null, "Boot")
                        .value(c.price(), List.of(price("10", EUR)))
                        .build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("completeness", hasSize(3))
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(100))
                .body(completeness(c.ecommerce(), EN, "ratio"), equalTo(50))
                .body(completeness(c.ecommerce(), EN, "required"), equalTo(4))
                .body(completeness(c.ecommerce(), EN, "missing"), contains(c.price(), c.description()));
    }

    @Test
    void shouldRecomputeCompletenessOnEveryWrite() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).build()).post("/api/v1/products").then().statusCode(201)
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(50));
        asEditor().body(ProductJson.empty().value(c.name(), EN, null, "Boot").build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(100));
    }

    @Test
    void shouldRecomputeStoredCompletenessWhenTheFamilyRequirementsChange() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).value(c.name(), EN, null, "Boot").build())
                .post("/api/v1/products").then().statusCode(201)
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(100));

        fixtures.requireOnChannel(c.family(), c.mobile(), List.of(SKU, c.name(), c.waterproof(), c.count()));

        asViewer().when().get("/api/v1/products/" + sku)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(50))
                .body(completeness(c.mobile(), EN, "missing"), contains(c.waterproof(), c.count()));
    }

    @Test
    void shouldRecomputeStoredCompletenessWhenAChannelCurrencyIsAdded() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).value(c.price(), List.of(price("10", EUR))).build())
                .post("/api/v1/products").then().statusCode(201);
        fixtures.requireOnChannel(c.family(), c.mobile(), List.of(c.price()));
        asViewer().get("/api/v1/products/" + sku).then().body(completeness(c.mobile(), EN, "ratio"), equalTo(100));

        fixtures.setChannelCurrencies(c.mobile(), List.of(EUR, USD));

        asViewer().when().get("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body(completeness(c.mobile(), EN, "ratio"), equalTo(0));
    }

    @Test
    void shouldHaveNoCompletenessWithoutFamily() {
        asEditor().body(product(c.sku("boot")).build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("completeness", hasSize(0));
    }
}
