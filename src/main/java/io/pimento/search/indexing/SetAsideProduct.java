package io.pimento.search.indexing;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A product whose document OpenSearch kept refusing, set aside from the search outbox: it is not
 * searchable (or shows its last indexed state) until it is edited or the index is rebuilt.
 * {@code identifier} is null when the product was deleted since.
 */
public record SetAsideProduct(@JsonProperty("product_id") long productId,
                              String identifier,
                              String error,
                              int attempts,
                              @JsonProperty("set_aside_at") Instant setAsideAt,
                              @JsonProperty("enqueued_at") Instant enqueuedAt) {
}
