package io.pimento.akeneo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Akeneo's list shape: {@code _links} ({@code self}, {@code first}, {@code previous}, {@code next}),
 * {@code current_page} in page mode, {@code items_count} when asked for, and the items under
 * {@code _embedded.items}. Akeneo's PHP client reads exactly these.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HalList<T>(@JsonProperty("_links") Map<String, Link> links,
                         @JsonProperty("current_page") Integer currentPage,
                         @JsonProperty("items_count") Long itemsCount,
                         @JsonProperty("_embedded") Embedded<T> embedded) {

    public record Embedded<T>(List<T> items) {
    }
}
