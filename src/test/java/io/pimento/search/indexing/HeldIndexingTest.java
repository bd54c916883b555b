package io.pimento.search.indexing;

import io.pimento.catalog.product.BulkWriteFinished;
import io.pimento.catalog.product.ProductsChanged;
import io.pimento.search.CatalogFixtures;
import io.pimento.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** An import job holds back the indexing of what it writes until it ends; other writes are not held. */
@QuarkusTest
class HeldIndexingTest {

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Event<ProductsChanged> productsChanged;

    @Inject
    Event<BulkWriteFinished> bulkWriteFinished;

    @Inject
    EntityManager em;

    @Test
    void shouldIndexWhatABulkWriterHeldBackOnceItFinishesAndOtherWritesAtOnce() {
        String family = fixtures.family(unique("family"), null, List.of());
        String held = unique("HELD");
        long heldId = fixtures.product(product(held, family));
        await().untilAsserted(() -> search(family, null).body("total", equalTo(1)));

        String writer = unique("test-writer");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update product set enabled = false where id = :id").setParameter("id", heldId).executeUpdate();
            productsChanged.fire(ProductsChanged.heldBy(writer, Set.of(heldId)));
        });
        String direct = unique("DIRECT");
        fixtures.product(product(direct, family));

        await().untilAsserted(() -> search(family, null).body("total", equalTo(2)));
        // the indexer has had every chance to index the held change: it has not
        await().pollDelay(Duration.ofSeconds(1)).untilAsserted(() -> search(family, false).body("total", equalTo(0)));

        bulkWriteFinished.fire(new BulkWriteFinished(writer));

        await().untilAsserted(() -> search(family, false).body("items.identifier", contains(held)));
        await().until(() -> fixtures.outboxRowsFor(heldId) == 0);
    }

    private static ValidatableResponse search(String family, Boolean enabled) {
        var request = Api.asViewer().queryParam("family", family);
        if (enabled != null) {
            request.queryParam("enabled", enabled);
        }
        return request.get("/api/v1/search/products").then().statusCode(200);
    }
}
