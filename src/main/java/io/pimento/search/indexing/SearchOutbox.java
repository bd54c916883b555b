package io.pimento.search.indexing;

import io.pimento.catalog.product.ProductsChanged;
import io.pimento.catalog.product.BulkWriteFinished;
import io.pimento.search.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Objects;

/**
 * Records which products must be (re)indexed, in the transaction that changed them: if that
 * transaction commits, the {@link OutboxIndexer} will index them, whatever state OpenSearch is in.
 * The SQL is {@link OutboxRepository}'s.
 */
@ApplicationScoped
public class SearchOutbox {

    public static final String PRODUCT = "product";

    @Inject
    OutboxRepository rows;

    @Inject
    SearchConfig config;

    /** Runs synchronously inside the writer's transaction (or in its own when there is none). */
    @Transactional
    void onProductsChanged(@Observes ProductsChanged event) {
        if (event.productIds() == null) {
            return;
        }
        Long[] ids = event.productIds().stream().filter(Objects::nonNull).distinct().sorted().toArray(Long[]::new);
        if (ids.length > 0) {
            rows.enqueue(ids, event.interactive(), event.heldBy(),
                    event.heldBy() == null ? Duration.ZERO : config.indexer().bulkHoldMax());
        }
    }

    /** Makes the rows a bulk writer held back due now. */
    @Transactional
    void onBulkWriteFinished(@Observes BulkWriteFinished event) {
        rows.release(event.writer());
    }

    /** Enqueues every product, in the bulk lane; returns how many. */
    @Transactional
    public long enqueueAllProducts() {
        return rows.enqueueAllProducts();
    }
}
