package io.pimento.search.query;

/** How many matching products have this value. */
public record FacetValue(String value, long count) {
}
