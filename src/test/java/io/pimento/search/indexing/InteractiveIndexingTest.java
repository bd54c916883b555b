package io.pimento.search.indexing;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.search.CatalogFixtures;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** API and UI edits are indexed before bulk work, however large the backlog (search_outbox lanes). */
@QuarkusTest
class InteractiveIndexingTest {

    private static final Logger LOG = Logger.getLogger(InteractiveIndexingTest.class);
    private static final int BULK_PRODUCTS = 6_000;

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldMakeAnEditSearchableWithinSecondsWhileAReindexOfThousandsOfProductsRuns() {
        fixtures.locales("en_US");
        String name = fixtures.attribute(unique("name"), AttributeType.TEXT, true, false);
        String family = fixtures.family(unique("family"), name, List.of(name));
        fixtures.bulkProducts(unique("BULK"), family, BULK_PRODUCTS);
        String identifier = unique("EDITED");
        fixtures.product(product(identifier, family).values(v -> v.put(name, "en_US", null, "Plain kettle")));

        Api.asAdmin().post("/api/v1/search/reindex").then().statusCode(202);
        SearchBacklog.await("the rebuild queues every product", Duration.ofSeconds(30), () -> reindex()
                .body("documents", org.hamcrest.Matchers.greaterThanOrEqualTo(BULK_PRODUCTS + 1)));

        Instant edited = Instant.now();
        Map<String, Object> value = new java.util.HashMap<>(Map.of("locale", "en_US", "data", "Copper samovar"));
        value.put("scope", null);
        Api.asEditor().body(Map.of("values", Map.of(name, List.of(value))))
                .patch("/api/v1/products/" + identifier).then().statusCode(200);
        SearchBacklog.await("the edit made during the rebuild is searchable", Duration.ofSeconds(30),
                () -> search(family, "samovar").body("items.identifier", contains(identifier)));
        Instant found = Instant.now();
        LOG.infof("An edit made during a rebuild of %d products was searchable %d ms after it was saved",
                BULK_PRODUCTS + 1, Duration.between(edited, found).toMillis());

        SearchBacklog.await("the rebuild finishes", Duration.ofMinutes(3), () -> reindex().body("status", equalTo("done")));
        Instant rebuilt = Instant.parse(reindex().extract().path("finished_at"));
        assertThat(found).as("the edit (searchable %d ms after it was saved) overtook the rebuild",
                        Duration.between(edited, found).toMillis())
                .isBefore(rebuilt);
        search(family, null).body("total", equalTo(BULK_PRODUCTS + 1));
    }

    private static ValidatableResponse reindex() {
        return Api.asAdmin().get("/api/v1/search/reindex").then().statusCode(200);
    }

    private static ValidatableResponse search(String family, String text) {
        var request = Api.asViewer().queryParam("family", family).queryParam("locale", "en_US");
        if (text != null) {
            request.queryParam("q", text);
        }
        return request.get("/api/v1/search/products").then().statusCode(200);
    }
}
