package io.pimento.search.query;

/** A requested facet: its name in the response, the field counted, and the filter key it mirrors. */
public record Facet(String name, String field, boolean booleanValued, String filterKey) {
}
