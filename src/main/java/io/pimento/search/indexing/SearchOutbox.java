package io.pimento.search.indexing;

import io.pimento.catalog.product.ProductsChanged;
import io.pimento.catalog.product.BulkWriteFinished;
import io.pimento.search.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Objects;

/**
 * Records which products must be (re)indexed, in the transaction that changed them: if that
 * transaction commits, the {@link OutboxIndexer} will index them, whatever state OpenSearch is in.
 */
@ApplicationScoped
public class SearchOutbox {

    public static final String PRODUCT = "product";

    @Inject
    EntityManager entityManager;

    @Inject
    SearchConfig config;

    /** Runs synchronously inside the writer's transaction (or in its own when there is none). */
    @Transactional
    void onProductsChanged(@Observes ProductsChanged event) {
        if (event.productIds() != null) {
            enqueue(event.productIds(), event.interactive(), event.heldBy());
        }
    }

    /** Makes the rows a bulk writer held back due now. */
    @Transactional
    void onBulkWriteFinished(@Observes BulkWriteFinished event) {
        entityManager.createNativeQuery("update search_outbox set next_attempt_at = clock_timestamp(), held_by = null where held_by = :writer")
                .setParameter("writer", event.writer())
                .executeUpdate();
    }

    /**
     * One statement whatever the number of ids, so an import of thousands of products stays cheap.
     * {@code enqueued_at} is the insert time (not the transaction start): the indexer relies on it
     * being later than the structure the products refer to.
     */
    private void enqueue(Collection<Long> productIds, boolean interactive, String heldBy) {
        Long[] ids = productIds.stream().filter(Objects::nonNull).distinct().sorted().toArray(Long[]::new);
        if (ids.length == 0) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into search_outbox (entity_type, entity_id, enqueued_at, held_by, next_attempt_at, interactive)"
                            + " select ?, unnest(?), clock_timestamp(), ?, clock_timestamp() + ?::interval, ?")) {
                Array array = connection.createArrayOf("bigint", ids);
                insert.setString(1, PRODUCT);
                insert.setArray(2, array);
                insert.setString(3, heldBy);
                insert.setString(4, heldBy == null ? "0 seconds" : config.indexer().bulkHoldMax().toMillis() + " milliseconds");
                insert.setBoolean(5, interactive);
                insert.executeUpdate();
                array.free();
            }
        });
    }

    /** Enqueues every product, in the bulk lane; returns how many. */
    @Transactional
    public long enqueueAllProducts() {
        return entityManager.createNativeQuery(
                        "insert into search_outbox (entity_type, entity_id) select '" + PRODUCT + "', id from product order by id")
                .executeUpdate();
    }
}
