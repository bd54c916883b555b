package io.pimento.search.query;

import java.util.List;
import java.util.Map;

/** A page of search results: {@code next} is the cursor of the following page, null on the last one. */
public record ProductSearchResult(List<ProductHit> items, String next, long total, Map<String, List<FacetValue>> facets) {
}
