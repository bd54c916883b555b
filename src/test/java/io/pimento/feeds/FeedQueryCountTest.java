package io.pimento.feeds;

import io.pimento.catalog.CatalogVersion;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.common.Page;
import io.pimento.testing.SearchBacklog;
import io.pimento.testing.StatementCounter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.testing.Api.asEditor;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class FeedQueryCountTest {

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Event<CatalogVersion.Changed> catalogChanged;

    /** Drops every entry of the caches kept at the catalog version (outside a transaction: at once). */
    private void coldCaches() {
        catalogChanged.fire(CatalogVersion.Changed.of("a query count starting cold"));
    }

    @Inject
    FeedService feeds;

    @Test
    void shouldReadAPageWithTheSameFewQueriesWhateverItsSize() {
        TestCatalog c = fixtures.standardCatalog();
        for (String model : List.of("boot", "shoe")) {
            asEditor().body(Map.of("code", c.sku(model), "family_variant", c.familyByColorAndSize(), "categories", List.of(c.bootsCategory()),
                    "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", model)))))
                    .post("/api/v1/product-models").then().statusCode(201);
            for (String color : List.of("red", "blue")) {
                asEditor().body(Map.of("code", c.sku(model + "_" + color), "family_variant", c.familyByColorAndSize(),
                                "parent", c.sku(model), "values", Map.of(c.color(), List.of(Map.of("data", color)))))
                        .post("/api/v1/product-models").then().statusCode(201);
                for (String size : List.of("s", "m", "l")) {
                    asEditor().body(Map.of("identifier", c.sku(model + "_" + color + "_" + size), "parent", c.sku(model + "_" + color),
                                    "values", Map.of(c.size(), List.of(Map.of("data", size)))))
                            .post("/api/v1/products").then().statusCode(201);
                }
            }
        }
        for (String simple : List.of("sock", "lace", "brush")) {
            product(c, simple, c.bootsCategory()).value(c.name(), EN, null, simple).create();
        }
        read(c, 100); // warms the catalog schema cache
        // Counted cold: the caches kept at the catalog version would otherwise make the count depend
        // on what an earlier read left and on when the indexer last moved the version.
        SearchBacklog.awaitDrained(Duration.ofMinutes(2), Duration.ofMinutes(10), "the catalog before counting queries");

        StatementCounter.Counted<Page<FeedItem>> small = StatementCounter.count(() -> {
            coldCaches();
            return read(c, 2);
        });
        StatementCounter.Counted<Page<FeedItem>> large = StatementCounter.count(() -> {
            coldCaches();
            return read(c, 100);
        });

        assertThat(large.result().items()).hasSize(15);
        assertThat(large.statements()).isEqualTo(small.statements()).isLessThanOrEqualTo(10);
    }

    private Page<FeedItem> read(TestCatalog c, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> feeds.products(c.ecommerce(), null, limit, null, null, "http://localhost/"));
    }
}
