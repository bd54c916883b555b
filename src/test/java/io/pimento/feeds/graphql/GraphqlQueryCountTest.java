package io.pimento.feeds.graphql;

import io.pimento.catalog.CatalogVersion;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.SearchBacklog;
import io.pimento.testing.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.graphql.GraphqlRequests.post;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GraphqlQueryCountTest {

    private static final String PAGE = """
            query($channel: String!, $first: Int) {
              products(channel: $channel, first: $first) {
                items { identifier label categories { code label } associations { type products { identifier label } } }
              }
            }""";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Event<CatalogVersion.Changed> catalogChanged;

    /** Drops every entry of the caches kept at the catalog version (outside a transaction: at once). */
    private void coldCaches() {
        catalogChanged.fire(CatalogVersion.Changed.of("a query count starting cold"));
    }

    @Test
    void shouldReadAPageWithCategoriesAndAssociationsWithTheSameQueriesWhateverItsSize() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestCatalog c = fixtures.standardCatalog();
        product(c, "p0", c.bootsCategory()).value(c.name(), EN, null, "p0").create();
        for (int i = 1; i < 50; i++) {
            product(c, "p" + i, c.bootsCategory(), c.masterCategory()).value(c.name(), EN, null, "p" + i)
                    .set("associations", Map.of(c.xsell(), Map.of("products", List.of(c.sku("p" + (i - 1))))))
                    .create();
        }
        read(c, 50, "warm-up"); // the catalog schema cache, the GraphQL parser
        // Counted cold: the caches kept at the catalog version would otherwise make the count depend
        // on what an earlier read left and on when the indexer last moved the version.
        SearchBacklog.awaitDrained(Duration.ofMinutes(2), Duration.ofMinutes(10), "the catalog before counting queries");

        StatementCounter.Counted<List<Object>> small = StatementCounter.countRequests(tag -> {
            coldCaches();
            return read(c, 5, tag);
        });
        StatementCounter.Counted<List<Object>> large = StatementCounter.countRequests(tag -> {
            coldCaches();
            return read(c, 50, tag);
        });

        assertThat(small.result()).hasSize(5);
        assertThat(large.result()).hasSize(50);
        assertThat(large.statements()).isEqualTo(small.statements()).isLessThanOrEqualTo(25);
    }

    private List<Object> read(TestCatalog c, int first, String tag) {
        return post(asViewer().header(StatementCounter.HEADER, tag), PAGE, Map.of("channel", c.ecommerce(), "first", first))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.products.items[1].associations[0].products[0].identifier", equalTo(c.sku("p0")))
                .body("data.products.items[1].categories.code", containsInAnyOrder(c.masterCategory(), c.bootsCategory()))
                .extract().jsonPath().getList("data.products.items.identifier");
    }
}
