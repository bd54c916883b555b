package io.pimento.feeds.placement;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One placement request: where in the journey ({@code placement} and its anchor: a category, a
 * query, a product or the cart's items), for whom ({@code visitor}, {@code session} and the
 * visitor context as JSON, checked by {@link io.pimento.targeting.condition.VisitorContext#parse}),
 * in which locale and how many items.
 */
public record PlacementRequest(String channel, String placement, String visitor, String session, String locale,
                               Integer limit, String category, String q, String product, List<String> items,
                               JsonNode context) {

    public PlacementRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
