package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.pimento.catalog.product.ProductJson.metric;
import static io.pimento.catalog.product.ProductJson.price;
import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.DE;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.IT;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static io.pimento.catalog.product.TestCatalog.USD;
import static io.pimento.testing.Api.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Value rules as a REST client meets them; the full matrix is in ProductValueValidatorTest. */
@QuarkusTest
class ProductValuesTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldStoreNormalisedData() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family())
                        .value(c.ratio(), new BigDecimal("12.50"))
                        .value(c.count(), "7")
                        .value(c.color(), "BLUE")
                        .value(c.tags(), List.of("winter", "summer"))
                        .value(c.release(), "2024-05-01T10:00:00Z")
                        .value(c.price(), List.of(price(120, USD), price("99.90", EUR)))
                        .value(c.weight(), metric("1.50", "kilogram"))
                        .build())
                .when().post("/api/v1/products")
                .then().statusCode(201)
                .body("values." + c.ratio() + "[0].data", equalTo("12.50"))
                .body("values." + c.count() + "[0].data", equalTo(7))
                .body("values." + c.color() + "[0].data", equalTo("blue"))
                .body("values." + c.tags() + "[0].data", equalTo(List.of("summer", "winter")))
                .body("values." + c.release() + "[0].data", equalTo("2024-05-01"))
                .body("values." + c.price() + "[0].data.currency", equalTo(List.of(EUR, USD)))
                .body("values." + c.price() + "[0].data.amount", equalTo(List.of("99.90", "120")))
                .body("values." + c.weight() + "[0].data.unit", equalTo("KILOGRAM"))
                .body("values." + c.weight() + "[0].data.amount", equalTo("1.50"));
    }

    @Test
    void shouldRefuseUnknownAttribute() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value("no_such_attribute", "x").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("values.no_such_attribute"))
                .body("errors[0].message", equalTo("attribute 'no_such_attribute' does not exist"));
    }

    @Test
    void shouldRefuseUnknownOption() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.color(), "purple").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.color() + "[0].data"))
                .body("errors[0].message", containsString("option 'purple' does not exist"));
    }

    @Test
    void shouldRefuseWrongType() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.waterproof(), "yes").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("attribute '%s': expects true or false, got the string \"yes\"".formatted(c.waterproof())));
    }

    @Test
    void shouldRefuseALocaleOutsideTheChannel() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.description(), DE, c.ecommerce(), "Stiefel").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.description() + "[0].locale"))
                .body("errors[0].message", containsString("is not a locale of channel '" + c.ecommerce() + "'"));
    }

    @Test
    void shouldRefuseADisabledLocale() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.name(), IT, null, "Stivale").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].message", containsString("locale 'it_IT' of attribute '%s' does not exist or is not enabled".formatted(c.name())));
    }

    @Test
    void shouldRefuseAScopeOnANonScopableAttribute() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.name(), EN, c.ecommerce(), "Boot").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.name() + "[0].scope"));
    }

    @Test
    void shouldRefuseNumbersOutsideTheirBounds() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(c.count(), 1001).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].message", containsString("must be at most 1000, got 1001"));
    }

    @Test
    void shouldReportEveryInvalidValueAtOnceAndWriteNothing() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family())
                        .value(c.count(), -1)
                        .value(c.email(), "nope")
                        .value(c.image(), "boot.gif")
                        .value(c.name(), EN, null, "Fine")
                        .build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors", hasSize(3))
                .body("errors.field", containsInAnyOrder("values." + c.count() + "[0].data", "values." + c.email() + "[0].data",
                        "values." + c.image() + "[0].data"));
        asEditor().when().get("/api/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void shouldRefuseAValueOfAUniqueAttributeHeldByAnotherProduct() {
        asEditor().body(product(c.sku("first")).family(c.family()).value(c.ean(), "4006381333931").build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(product(c.sku("second")).family(c.family()).value(c.ean(), "4006381333931").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.ean() + "[0].data"))
                .body("errors[0].message", containsString("product '%s' already has the value '4006381333931'".formatted(c.sku("first"))));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousWritersHaveAUniqueValue() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String ean = "400638133" + (4100 + round);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String name : List.of("left" + round, "right" + round)) {
                    String sku = c.sku(name);
                    answers.add(writers.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return asEditor().body(product(sku).family(c.family()).value(c.ean(), ean).build())
                                .post("/api/v1/products").statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round %d: one product gets EAN %s, the other is refused", round, ean)
                        .containsExactlyInAnyOrder(201, 422);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void shouldLetAProductKeepItsOwnUniqueValue() {
        String sku = c.sku("first");
        asEditor().body(product(sku).family(c.family()).value(c.ean(), "4006381333932").build())
                .post("/api/v1/products").then().statusCode(201);

        asEditor().body(product(sku).family(c.family()).value(c.ean(), "4006381333932").value(c.waterproof(), true).build())
                .when().put("/api/v1/products/" + sku)
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAnIdentifierValueThatDiffersFromTheIdentifier() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value(SKU, "something_else").build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values.sku[0].data"));
    }

    @Test
    void shouldRefuseAnAttributeOutsideTheFamily() {
        asEditor().body(product(c.sku("boot")).family(c.family()).value("sku", c.sku("boot")).build())
                .post("/api/v1/products").then().statusCode(201);
        TestCatalog other = fixtures.standardCatalog();
        asEditor().body(product(c.sku("boot2")).family(c.family()).value(other.waterproof(), true).build())
                .when().post("/api/v1/products")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("attribute '%s' is not in family '%s'".formatted(other.waterproof(), c.family())));
    }

    @Test
    void shouldRefuseToChangeTheFamilyWhileKeepingValuesOutsideIt() {
        String sku = c.sku("boot");
        asEditor().body(product(sku).value(c.waterproof(), true).build()).post("/api/v1/products").then().statusCode(201);
        TestCatalog other = fixtures.standardCatalog();

        asEditor().body(ProductJson.empty().family(other.family()).build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.waterproof()));
        asEditor().body(ProductJson.empty().family(other.family()).value(c.waterproof(), null).build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("family", equalTo(other.family()));
    }
}
