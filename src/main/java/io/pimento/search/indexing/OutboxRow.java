package io.pimento.search.indexing;

import java.time.Instant;

/**
 * A claimed {@code search_outbox} row: {@code attempts} counts every try (outages included, it
 * drives the backoff), {@code documentFailures} only the tries OpenSearch refused the document.
 */
record OutboxRow(long id, long entityId, int attempts, int documentFailures, Instant enqueuedAt) {
}
