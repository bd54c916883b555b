package io.pimento.feeds.placement;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Placements keep candidate lists and resolved products in memory (docs/performance.md): a
 * change must still show in the very next placement on the instance that made it, and within the
 * catalog version's check interval (1 s) on the others.
 */
@QuarkusTest
class PlacementCacheTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldShowAnEditAndADisabledProductInTheVeryNextPlacement() {
        TestCatalog c = catalog();
        assertThat(labels(c)).containsEntry(c.sku("boot1"), "Alpine boot");

        Api.asEditor().body(Map.of("values", Map.of(c.name(), List.of(value(EN, "Alpine boot, resoled")))))
                .patch("/api/v1/products/" + c.sku("boot1")).then().statusCode(200);
        assertThat(labels(c)).containsEntry(c.sku("boot1"), "Alpine boot, resoled");

        Api.asEditor().body(Map.of("enabled", false)).patch("/api/v1/products/" + c.sku("boot2")).then().statusCode(200);
        assertThat(labels(c)).doesNotContainKey(c.sku("boot2")).containsKey(c.sku("boot1"));
    }

    @Test
    void shouldSeeAChangeMadeByAnotherInstanceWithinTheCheckInterval() throws SQLException {
        TestCatalog c = catalog();
        assertThat(labels(c)).containsKey(c.sku("boot2"));

        // what another instance does: commit the change, then move the shared catalog version
        try (Connection connection = DriverManager.getConnection(TestServices.jdbcUrl(), "pimento", "pimento");
             PreparedStatement disable = connection.prepareStatement("update product set enabled = false where identifier = ?");
             Statement bump = connection.createStatement()) {
            disable.setString(1, c.sku("boot2"));
            assertThat(disable.executeUpdate()).isEqualTo(1);
            bump.execute("select nextval('catalog_version')");
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(labels(c)).doesNotContainKey(c.sku("boot2")).containsKey(c.sku("boot1")));
    }

    private TestCatalog catalog() {
        TestCatalog c = fixtures.standardCatalog();
        product(c, "boot1", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").create();
        product(c, "boot2", c.bootsCategory()).value(c.name(), EN, null, "Trail boot").create();
        SearchBacklog.await("the boots are searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("category", c.bootsCategory()).get("/api/v1/search/products")
                .then().statusCode(200).body("total", equalTo(2)));
        return c;
    }

    /** The category placement's products, identifier to label. */
    private static Map<String, String> labels(TestCatalog c) {
        JsonPath placement = Api.asViewer().queryParam("category", c.bootsCategory()).queryParam("locale", EN)
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/category").then().statusCode(200).extract().jsonPath();
        Map<String, String> labels = new HashMap<>();
        List<String> identifiers = placement.getList("items.identifier", String.class);
        List<String> names = placement.getList("items.product.label", String.class);
        for (int i = 0; i < identifiers.size(); i++) {
            labels.put(identifiers.get(i), names.get(i));
        }
        return labels;
    }

    private static Map<String, Object> value(String locale, Object data) {
        Map<String, Object> value = new HashMap<>();
        value.put("locale", locale);
        value.put("scope", null);
        value.put("data", data);
        return value;
    }
}
