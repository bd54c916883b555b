package io.pimento.catalog.product;

import java.util.Set;

/**
 * Fired (synchronously, inside the writing transaction) with the ids of products whose indexed
 * content changed or that were deleted; the search outbox records them in the same transaction.
 *
 * @param heldBy a bulk writer (an import job) that fires {@link BulkWriteFinished} with the same
 *               name when it ends: until then the changes wait, so the writer keeps the CPU;
 *               null to index them at once
 */
public record ProductsChanged(Set<Long> productIds, String heldBy) {

    public ProductsChanged(Set<Long> productIds) {
        this(productIds, null);
    }
}
