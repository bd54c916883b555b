package io.pimento.catalog.product;

import java.util.Set;

/**
 * Fired (synchronously, inside the writing transaction) with the ids of products whose indexed
 * content changed or that were deleted; the search outbox records them in the same transaction.
 */
public record ProductsChanged(Set<Long> productIds) {
}
