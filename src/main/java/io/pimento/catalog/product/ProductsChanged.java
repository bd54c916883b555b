package io.pimento.catalog.product;

import java.util.Set;

/**
 * Fired (synchronously, inside the writing transaction) with the ids of products whose indexed
 * content changed or that were deleted; the search outbox records them in the same transaction.
 *
 * @param interactive a person or a channel is waiting to see this change (an API or UI write):
 *                    it is indexed before bulk work (imports, refreshes, reindex), whatever the backlog
 * @param heldBy      a bulk writer (an import, or a bulk action through {@link BulkWriter}) that fires
 *                    {@link BulkWriteFinished} with the same name when it ends: until then the
 *                    changes wait, so the writer keeps the CPU;
 *                    null to index them as soon as their lane allows
 */
public record ProductsChanged(Set<Long> productIds, boolean interactive, String heldBy) {

    /** A write someone waits for: one made through the API or the UI. */
    public static ProductsChanged interactive(Set<Long> productIds) {
        return new ProductsChanged(productIds, true, null);
    }

    /** Work in the background of the catalog: nobody watches these products in particular. */
    public static ProductsChanged bulk(Set<Long> productIds) {
        return new ProductsChanged(productIds, false, null);
    }

    /** Bulk work held back until {@code writer} fires {@link BulkWriteFinished}. */
    public static ProductsChanged heldBy(String writer, Set<Long> productIds) {
        return new ProductsChanged(productIds, false, writer);
    }
}
