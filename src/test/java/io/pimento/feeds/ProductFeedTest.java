package io.pimento.feeds;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.catalog.product.TestCatalog.USD;
import static io.pimento.feeds.FeedCatalog.feed;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProductFeedTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldResolveValuesForTheRequestedLocaleAndTheChannelsScope() {
        product(c, "boot", c.bootsCategory())
                .value(c.name(), EN, null, "Boot").value(c.name(), FR, null, "Botte")
                .value(c.description(), FR, c.ecommerce(), "Une botte pour le web")
                .value(c.description(), EN, c.ecommerce(), "A boot for the web")
                .value(c.description(), EN, c.mobile(), "A boot for phones")
                .create();

        asViewer().queryParam("locale", FR).get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("boot")))
                .body("items[0].label", equalTo("Botte"))
                .body("items[0].family", equalTo(c.family()))
                .body("items[0].values." + c.name(), equalTo("Botte"))
                .body("items[0].values." + c.description(), equalTo("Une botte pour le web"))
                .body("items[0].values.sku", equalTo(c.sku("boot")))
                .body("items[0].updated", notNullValue())
                .body("next", nullValue());
        asViewer().get(feed(c.mobile()))
                .then().statusCode(200)
                .body("items[0].values." + c.description(), equalTo("A boot for phones"));
    }

    @Test
    void shouldUseTheChannelsFirstLocaleWhenNoneIsRequested() {
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Boot").value(c.name(), FR, null, "Botte").create();

        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items[0].values." + c.name(), equalTo("Boot"));
    }

    @Test
    void shouldFallBackToTheChannelsOtherLocalesForTheLabel() {
        product(c, "boot", c.bootsCategory()).value(c.name(), FR, null, "Botte").create();

        asViewer().queryParam("locale", EN).get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items[0].label", equalTo("Botte"))
                .body("items[0].values", not(hasKey(c.name())));
    }

    @Test
    void shouldLabelAProductWithoutLabelValueWithItsIdentifier() {
        product(c, "boot", c.bootsCategory()).create();

        asViewer().get(feed(c.ecommerce())).then().statusCode(200).body("items[0].label", equalTo(c.sku("boot")));
    }

    @Test
    void shouldListPricesOnlyInTheChannelsCurrencies() {
        product(c, "boot", c.bootsCategory())
                .value(c.price(), List.of(Map.of("amount", "12.00", "currency", EUR), Map.of("amount", "14.50", "currency", USD)))
                .create();

        asViewer().get(feed(c.mobile()))
                .then().statusCode(200)
                .body("items[0].values." + c.price() + ".currency", contains(EUR))
                .body("items[0].values." + c.price() + ".amount", contains("12.00"));
        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items[0].values." + c.price() + ".currency", contains(EUR, USD));
    }

    @Test
    void shouldGiveMediaAsAbsoluteUrls() {
        product(c, "boot", c.bootsCategory()).value(c.image(), "ab/cd/abcd_big boot.png").create();

        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items[0].values." + c.image(), startsWith("http://"))
                .body("items[0].values." + c.image(), endsWith("/api/v1/media/ab/cd/abcd_big%20boot.png"));
    }

    @Test
    void shouldListOnlyTheCategoriesOfTheChannelsTree() {
        String elsewhere = FeedCatalog.otherTree(c);
        product(c, "boot", c.bootsCategory(), elsewhere).create();

        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items[0].categories", contains(c.bootsCategory()));
    }

    @Test
    void shouldMergeTheModelsValuesIntoAVariant() {
        asEditor().body(Map.of("code", c.sku("boot"), "family_variant", c.familyByColorAndSize(),
                        "categories", List.of(c.bootsCategory()),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(Map.of("code", c.sku("boot_red"), "family_variant", c.familyByColorAndSize(), "parent", c.sku("boot"),
                        "values", Map.of(c.color(), List.of(Map.of("data", "red")))))
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(Map.of("identifier", c.sku("boot_red_m"), "parent", c.sku("boot_red"),
                        "values", Map.of(c.size(), List.of(Map.of("data", "m")))))
                .post("/api/v1/products").then().statusCode(201);

        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("boot_red_m")))
                .body("items[0].parent", equalTo(c.sku("boot_red")))
                .body("items[0].label", equalTo("Boot"))
                .body("items[0].categories", contains(c.bootsCategory()))
                .body("items[0].values." + c.name(), equalTo("Boot"))
                .body("items[0].values." + c.color(), equalTo("red"))
                .body("items[0].values." + c.size(), equalTo("m"));
    }

    @Test
    void shouldLeaveOutDisabledProductsAndProductsOutsideTheTree() {
        String elsewhere = FeedCatalog.otherTree(c);
        product(c, "shown", c.masterCategory()).create();
        product(c, "disabled", c.bootsCategory()).set("enabled", false).create();
        product(c, "elsewhere", elsewhere).create();
        product(c, "unclassified").create();

        asViewer().get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("shown")));
    }

    @Test
    void shouldServeOneProductOfTheFeed() {
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Boot").create();

        asViewer().get(feed(c.ecommerce()) + "/" + c.sku("boot").toUpperCase())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("identifier", equalTo(c.sku("boot")))
                .body("label", equalTo("Boot"));
    }

    @Test
    void shouldAnswer404ForAProductOutsideTheFeed() {
        product(c, "disabled", c.bootsCategory()).set("enabled", false).create();
        product(c, "unclassified").create();

        asViewer().get(feed(c.ecommerce()) + "/" + c.sku("disabled")).then().statusCode(404).contentType("application/problem+json");
        asViewer().get(feed(c.ecommerce()) + "/" + c.sku("unclassified")).then().statusCode(404);
        asViewer().get(feed(c.ecommerce()) + "/" + c.sku("never_made")).then().statusCode(404);
    }

    @Test
    void shouldPageThroughTheFeedWithACursor() {
        for (String base : List.of("a", "b", "c")) {
            product(c, base, c.bootsCategory()).create();
        }

        JsonPath first = asViewer().queryParam("limit", 2).get(feed(c.ecommerce()))
                .then().statusCode(200).body("items.identifier", contains(c.sku("a"), c.sku("b")))
                .body("next", notNullValue()).extract().jsonPath();

        asViewer().queryParam("limit", 2).queryParam("after", first.getString("next")).get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("c")))
                .body("next", nullValue());
    }

    @Test
    void shouldSendOnlyWhatChangedSinceAnInstantWithTombstones() throws InterruptedException {
        String elsewhere = FeedCatalog.otherTree(c);
        for (String base : List.of("unchanged", "changed", "deleted", "disabled", "moved")) {
            product(c, base, c.bootsCategory()).create();
        }
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        asEditor().body(Map.of("values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Changed")))))
                .patch("/api/v1/products/" + c.sku("changed")).then().statusCode(200);
        asEditor().delete("/api/v1/products/" + c.sku("deleted")).then().statusCode(204);
        asEditor().body(Map.of("enabled", false)).patch("/api/v1/products/" + c.sku("disabled")).then().statusCode(200);
        asEditor().body(Map.of("categories", List.of(elsewhere))).patch("/api/v1/products/" + c.sku("moved")).then().statusCode(200);
        product(c, "new", c.bootsCategory()).create();

        JsonPath changes = asViewer().queryParam("updatedSince", since.toString()).get(feed(c.ecommerce()))
                .then().statusCode(200).extract().jsonPath();

        assertThat(changes.getList("items.identifier", String.class))
                .containsExactly(c.sku("changed"), c.sku("deleted"), c.sku("disabled"), c.sku("moved"), c.sku("new"));
        assertThat(changes.getList("items.deleted", Boolean.class)).containsExactly(null, true, true, true, null);
        assertThat(changes.getString("items[0].label")).isEqualTo("Changed");
        assertThat(changes.getMap("items[1]")).containsOnlyKeys("identifier", "deleted", "updated");
    }

    @Test
    void shouldSendTheVariantsOfAModelChangedSinceAnInstant() throws InterruptedException {
        asEditor().body(Map.of("code", c.sku("boot"), "family_variant", c.familyBySize(), "categories", List.of(c.bootsCategory())))
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(Map.of("identifier", c.sku("boot_m"), "parent", c.sku("boot"),
                        "values", Map.of(c.size(), List.of(Map.of("data", "m")))))
                .post("/api/v1/products").then().statusCode(201);
        product(c, "other", c.bootsCategory()).create();
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);

        asEditor().body(Map.of("values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Renamed boot")))))
                .patch("/api/v1/product-models/" + c.sku("boot")).then().statusCode(200);

        asViewer().queryParam("updated_since", since.toString()).get(feed(c.ecommerce()))
                .then().statusCode(200)
                .body("items.identifier", contains(c.sku("boot_m")))
                .body("items[0].label", equalTo("Renamed boot"));
    }

    @Test
    void shouldAnswer304WhileTheFeedIsUnchanged() {
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Boot").create();
        String etag = asViewer().get(feed(c.ecommerce())).then().statusCode(200).extract().header("ETag");

        asViewer().header("If-None-Match", etag).get(feed(c.ecommerce()))
                .then().statusCode(304).header("ETag", equalTo(etag));

        asEditor().body(Map.of("values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Big boot")))))
                .patch("/api/v1/products/" + c.sku("boot")).then().statusCode(200);
        asViewer().header("If-None-Match", etag).get(feed(c.ecommerce()))
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldKeepACompleteOnlyFeedToCompleteProducts() {
        Api.asAdmin().body(Map.of("complete_only", true)).put("/api/v1/channels/" + c.mobile() + "/feed-settings")
                .then().statusCode(200).body("complete_only", equalTo(true));
        product(c, "complete", c.bootsCategory()).value(c.name(), EN, null, "Boot").create();
        product(c, "incomplete", c.bootsCategory()).create();

        asViewer().get(feed(c.mobile())).then().statusCode(200).body("items.identifier", contains(c.sku("complete")));
        asViewer().get(feed(c.ecommerce())).then().statusCode(200)
                .body("items.identifier", contains(c.sku("complete"), c.sku("incomplete")));
    }

    @Test
    void shouldAnswer404ForAnUnknownChannel() {
        asViewer().get(feed("nowhere_" + c.suffix())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseALocaleTheChannelDoesNotPublish() {
        asViewer().queryParam("locale", FR).get(feed(c.mobile()))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("locale"));
    }

    @Test
    void shouldRefuseAnUpdatedSinceThatIsNotAnInstant() {
        asViewer().queryParam("updated_since", "yesterday").get(feed(c.ecommerce()))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("updated_since"));
    }

    @Test
    void shouldRefuseATamperedCursor() {
        asViewer().queryParam("after", "bm90LWFuLWlk").get(feed(c.ecommerce()))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void shouldRefuseALimitOutOfRange() {
        asViewer().queryParam("limit", 101).get(feed(c.ecommerce()))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRefuseReadersWithoutCredentials() {
        RestAssured.given().get(feed(c.ecommerce())).then().statusCode(401);
    }

    @Test
    void shouldListNothingForAnEmptyChannel() {
        asViewer().get(feed(c.ecommerce())).then().statusCode(200).body("items", empty()).body("next", nullValue());
    }
}
