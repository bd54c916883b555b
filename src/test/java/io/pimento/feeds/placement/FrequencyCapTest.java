package io.pimento.feeds.placement;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content item with a frequency cap is shown to one visitor at most that many times within its
 * window, counted from the visitor's impression events that name it; other visitors still see it.
 */
@QuarkusTest
class FrequencyCapTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldStopShowingACappedBannerToAVisitorWhoSawItAsOftenAsTheCapAllows() {
        TestCatalog c = fixtures.standardCatalog();
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").create();
        String banner = "capped_" + c.suffix();
        Api.asEditor().body(Map.of("code", banner, "type", "banner", "title", Map.of(EN, "Winter sale"),
                "frequency_cap", Map.of("impressions", 2, "within", "P1D"))).post("/api/v1/content-items").then().statusCode(201);
        // for this test's requests only (ctx.cap_test), so other classes' cart placements are left alone
        String segment = "cap_test_" + c.suffix();
        Api.asAdmin().body(Map.of("code", segment, "name", segment, "condition", Map.of("field", "ctx.cap_test", "op", "eq", "value", c.suffix())))
                .post("/api/v1/segments").then().statusCode(201);
        Map<String, Object> rule = new HashMap<>(Map.of("code", "show_" + banner, "placement", "cart", "segment", segment, "priority", 50,
                "action", Map.of("type", "content", "items", List.of(banner), "position", 1)));
        Api.asEditor().body(rule).post("/api/v1/rules").then().statusCode(201);
        String visitor = "v-cap-" + c.suffix();
        String other = "v-other-" + c.suffix();

        assertThat(shown(c, visitor)).contains(banner);
        impression(c, visitor, banner, Instant.now().minus(2, ChronoUnit.DAYS)); // outside the window: does not count
        impression(c, visitor, banner, Instant.now().minusSeconds(60));
        assertThat(shown(c, visitor)).contains(banner);

        impression(c, visitor, banner, Instant.now().minusSeconds(30));
        assertThat(shown(c, visitor)).doesNotContain(banner);
        assertThat(shown(c, other)).contains(banner);
    }

    /** The identifiers of the cart placement's items for the visitor, with the boot in the cart. */
    private static List<String> shown(TestCatalog c, String visitor) {
        return Api.asViewer().queryParam("items", c.sku("boot")).queryParam("visitor", visitor).queryParam("session", visitor + "-s")
                .queryParam("ctx.cap_test", c.suffix())
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/cart")
                .then().statusCode(200).extract().jsonPath().getList("items.identifier", String.class);
    }

    private static void impression(TestCatalog c, String visitor, String banner, Instant at) {
        Map<String, Object> event = Map.of("type", "impression", "visitor", visitor, "session", visitor + "-s", "timestamp", at.toString(),
                "responseId", "cart.p.test", "content", List.of(banner), "consent", Map.of("personalization", true));
        Api.asAdmin().queryParam("channel", c.ecommerce()).body(Map.of("events", List.of(event))).post("/api/v1/events")
                .then().statusCode(202);
    }
}
