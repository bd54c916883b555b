package io.pimento.feeds.graphql;

import io.pimento.catalog.Fixtures;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The placement query is the REST placement's service behind GraphQL: same items, reasons and errors. */
@QuarkusTest
class PlacementGraphqlTest {

    private static final String HOME = """
            query($channel: String!, $context: VisitorContext) {
              placement(channel: $channel, placement: "home", locale: "en_US", limit: 5, context: $context) {
                id segments items { type identifier product { label } reasons { code rule text } }
              }
            }""";

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldServeAPlacementWithItsSegmentsItemsAndReasons() {
        TestCatalog c = fixtures.standardCatalog();
        product(c, "hat", c.masterCategory()).value(c.name(), EN, null, "Felt hat").create();
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").create();
        String segment = Fixtures.segment("gql_mobile_" + c.suffix());
        Map<String, Object> pin = new java.util.HashMap<>(Map.of("code", "gql_pin_" + c.suffix(), "placement", "home",
                "segment", segment, "priority", 5, "action", Map.of("type", "pin", "products", List.of(c.sku("hat")), "position", 1)));
        Api.asEditor().body(pin).post("/api/v1/rules").then().statusCode(201);
        SearchBacklog.await("the products are searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("category", c.masterCategory()).get("/api/v1/search/products").then().body("total", equalTo(2)));

        GraphqlRequests.post(Api.asViewer(), HOME, Map.of("channel", c.ecommerce(), "context", Map.of("device", "mobile")))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.placement.id", notNullValue())
                .body("data.placement.segments", hasItem(segment))
                .body("data.placement.items.identifier", contains(c.sku("hat"), c.sku("boot")))
                .body("data.placement.items[0].product.label", equalTo("Felt hat"))
                .body("data.placement.items[0].reasons.code", hasItem("pinned"));
    }

    @Test
    void shouldAnswerAnUnknownPlacementWithANotFoundCode() {
        TestCatalog c = fixtures.standardCatalog();
        GraphqlRequests.post(Api.asViewer(), """
                        { placement(channel: "%s", placement: "homepage") { id } }""".formatted(c.ecommerce()))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("not-found"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("unknown placement 'homepage'"));
    }
}
