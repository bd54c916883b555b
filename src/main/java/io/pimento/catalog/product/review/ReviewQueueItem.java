package io.pimento.catalog.product.review;

import java.time.Instant;

/**
 * A product waiting for review: who submitted it and when (the last change that put it in review,
 * whoever made it, an editor's submit or an edit of an approved product).
 */
public record ReviewQueueItem(String identifier, String family, int version, String submittedBy, Instant submittedAt) {
}
