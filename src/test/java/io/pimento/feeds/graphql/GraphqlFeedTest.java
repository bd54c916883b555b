package io.pimento.feeds.graphql;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.feeds.FeedCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static io.pimento.feeds.graphql.GraphqlRequests.post;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GraphqlFeedTest {

    private static final String PRODUCTS = """
            query($channel: String!, $first: Int, $after: String) {
              products(channel: $channel, first: $first, after: $after) { items { identifier } next }
            }""";

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldLetAChannelTokenReadItsOwnChannel() {
        product(c, "boot", c.bootsCategory()).create();

        post(withToken(token(c.ecommerce())), PRODUCTS, Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.products.items.identifier", contains(c.sku("boot")));
    }

    @Test
    void shouldRefuseAChannelTokenAnotherChannelWithACode() {
        post(withToken(token(c.ecommerce())), PRODUCTS, Map.of("channel", c.mobile()))
                .statusCode(200)
                .body("data.products", nullValue())
                .body("errors[0].message", containsString("reads the feeds of channel"))
                .body("errors[0].extensions.code", equalTo("channel-forbidden"))
                .body("errors[0].extensions", not(hasKey("exception")));
    }

    @Test
    void shouldKeepAChannelTokenOutOfTheCatalogApi() {
        withToken(token(c.ecommerce())).get("/api/v1/products").then().statusCode(403);
    }

    @Test
    void shouldRefuseCallersWithoutCredentials() {
        post(RestAssured.given(), PRODUCTS, Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data.products", nullValue())
                .body("errors[0].extensions.code", equalTo("unauthorized"));
    }

    @Test
    void shouldRefuseAnUnknownChannelToken() {
        post(withToken("pch_" + c.suffix() + "unknown"), PRODUCTS, Map.of("channel", c.ecommerce())).statusCode(401);
    }

    @Test
    void shouldPageThroughProductsWithACursor() {
        for (String base : List.of("a", "b", "c")) {
            product(c, base, c.bootsCategory()).create();
        }

        String next = post(asViewer(), PRODUCTS, Map.of("channel", c.ecommerce(), "first", 2))
                .statusCode(200)
                .body("data.products.items.identifier", contains(c.sku("a"), c.sku("b")))
                .body("data.products.next", notNullValue())
                .extract().path("data.products.next");

        post(asViewer(), PRODUCTS, Map.of("channel", c.ecommerce(), "first", 2, "after", next))
                .statusCode(200)
                .body("data.products.items.identifier", contains(c.sku("c")))
                .body("data.products.next", nullValue());
    }

    @Test
    void shouldResolveOneProductWithTheLabelFallingBackToTheChannelsOtherLocales() {
        product(c, "boot", c.bootsCategory()).value(c.name(), FR, null, "Botte").create();

        post(asViewer(), """
                query($channel: String!, $identifier: String!) {
                  product(channel: $channel, identifier: $identifier, locale: "en_US") { identifier label values { attribute json } }
                }""", Map.of("channel", c.ecommerce(), "identifier", c.sku("boot").toUpperCase()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.product.identifier", equalTo(c.sku("boot")))
                .body("data.product.label", equalTo("Botte"))
                .body("data.product.values.attribute", not(hasItem(c.name())))
                .body("data.product.values.attribute", hasItem("sku"));
    }

    @Test
    void shouldGiveMediaAsAbsoluteUrlsOfTheRequest() {
        product(c, "boot", c.bootsCategory()).value(c.image(), "ab/cd/abcd_boot.png").create();

        post(asViewer(), "query($channel: String!) { products(channel: $channel) { items { values { attribute json } } } }",
                Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data.products.items[0].values.find { it.attribute == '%s' }.json".formatted(c.image()),
                        equalTo("\"http://localhost:%d/api/v1/media/ab/cd/abcd_boot.png\"".formatted(RestAssured.port)));
    }

    @Test
    void shouldAnswerOnlyTheFieldsAsked() {
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Boot").create();

        post(asViewer(), "query($channel: String!) { products(channel: $channel) { items { label } } }",
                Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data.products", not(hasKey("next")))
                .body("data.products.items[0]", equalTo(Map.of("label", "Boot")));
    }

    @Test
    void shouldListTheChannelsCategoryTreeLabelledInTheLocale() {
        Api.asAdmin().body(Map.of("labels", Map.of(FR, "Bottes", EN, "Boots")))
                .patch("/api/v1/categories/" + c.bootsCategory()).then().statusCode(200);
        Api.asAdmin().body(Map.of("labels", Map.of(EN, "Everything")))
                .patch("/api/v1/categories/" + c.masterCategory()).then().statusCode(200);

        post(asViewer(), "query($channel: String!) { categories(channel: $channel, locale: \"fr_FR\") { code label parent level } }",
                Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.categories.code", contains(c.masterCategory(), c.bootsCategory()))
                .body("data.categories.label", contains("Everything", "Bottes"))
                .body("data.categories.parent", contains(null, c.masterCategory()))
                .body("data.categories.level", contains(0, 1));
    }

    @Test
    void shouldGiveAProductsCategoriesAndAssociationsAsObjects() {
        product(c, "lace", c.bootsCategory()).value(c.name(), EN, null, "Lace").create();
        product(c, "hidden", c.bootsCategory()).set("enabled", false).create();
        product(c, "boot", c.bootsCategory())
                .set("associations", Map.of(c.xsell(), Map.of("products", List.of(c.sku("lace"), c.sku("hidden")))))
                .create();

        post(asViewer(), """
                query($channel: String!, $identifier: String!) {
                  product(channel: $channel, identifier: $identifier) {
                    categories { code level }
                    associations { type products { identifier label } }
                  }
                }""", Map.of("channel", c.ecommerce(), "identifier", c.sku("boot")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.product.categories.code", contains(c.bootsCategory()))
                .body("data.product.associations.type", contains(c.xsell()))
                .body("data.product.associations[0].products.identifier", contains(c.sku("lace")))
                .body("data.product.associations[0].products[0].label", equalTo("Lace"));
    }

    @Test
    void shouldSearchTheChannelWithAFilterAndAFacet() {
        String elsewhere = FeedCatalog.otherTree(c);
        product(c, "red_boot", c.bootsCategory()).value(c.color(), "red").create();
        product(c, "blue_boot", c.bootsCategory()).value(c.color(), "blue").create();
        product(c, "red_disabled", c.bootsCategory()).value(c.color(), "red").set("enabled", false).create();
        product(c, "red_elsewhere", elsewhere).value(c.color(), "red").create();
        String query = """
                query($channel: String!, $color: String!) {
                  search(channel: $channel, attributes: [{attribute: $color, values: ["red"]}], facets: [$color]) {
                    items { identifier } total facets { name values { value count } }
                  }
                }""";

        SearchBacklog.await("the red boot is found", Duration.ofSeconds(30), () ->
                post(asViewer(), query, Map.of("channel", c.ecommerce(), "color", c.color()))
                        .statusCode(200)
                        .body("errors", nullValue())
                        .body("data.search.items.identifier", contains(c.sku("red_boot")))
                        .body("data.search.total", equalTo(1))
                        .body("data.search.facets[0].name", equalTo(c.color()))
                        .body("data.search.facets[0].values.value", hasItem("blue")));
    }

    @Test
    void shouldRefuseATooDeepQuery() {
        post(asViewer(), """
                query($channel: String!) {
                  products(channel: $channel) { items { associations { products { associations { products {
                    associations { products { identifier } } } } } } } }
                }""", Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void shouldRefuseAQueryAskingForTooManyFields() {
        String aliases = IntStream.range(0, 60)
                .mapToObj(i -> "p%d: products(channel: $channel) { items { identifier label family parent updated } }".formatted(i))
                .collect(Collectors.joining("\n"));

        post(asViewer(), "query($channel: String!) { " + aliases + " }", Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void shouldAnswerAMalformedQueryInGraphqlsErrorShape() {
        post(asViewer(), "{ products(channel: ")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("Unparseable input document"))
                .body("errors[0].extensions", not(hasKey("exception")))
                .body("errors[0]", not(hasKey("stackTrace")));
    }

    @Test
    void shouldNameAFieldThatDoesNotExistInAValidationError() {
        post(asViewer(), "query($channel: String!) { products(channel: $channel) { items { price } } }",
                Map.of("channel", c.ecommerce()))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("price"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void shouldAnswerAnUnknownChannelWithANotFoundCode() {
        post(asViewer(), PRODUCTS, Map.of("channel", "nowhere_" + c.suffix()))
                .statusCode(200)
                .body("errors[0].message", equalTo("channel 'nowhere_%s' does not exist".formatted(c.suffix())))
                .body("errors[0].extensions.code", equalTo("not-found"));
    }

    @Test
    void shouldRefuseALocaleTheChannelDoesNotPublishWithABadRequestCode() {
        post(asViewer(), "query($channel: String!) { categories(channel: $channel, locale: \"fr_FR\") { code } }",
                Map.of("channel", c.mobile()))
                .statusCode(200)
                .body("errors[0].message", containsString("not a locale of channel"))
                .body("errors[0].extensions.code", equalTo("bad-request"));
    }
}
