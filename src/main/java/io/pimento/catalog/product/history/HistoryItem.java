package io.pimento.catalog.product.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.history.FieldChange;

import java.time.Instant;
import java.util.List;

/** One entry of a product's or product model's history, as the API returns it. */
public record HistoryItem(Integer version, String action, String author, @JsonProperty("changed_at") Instant changedAt,
                          List<FieldChange> changes) {
}
