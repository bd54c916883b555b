package io.pimento.search.query;

import com.google.gson.JsonArray;

import java.util.List;

/**
 * A validated product search: full text in one locale, filters (AND between them), facets,
 * one sort (with the document id as tie-breaker) and the cursor position.
 *
 * @param sortName the sort as requested, recorded in cursors so they are not reused across sorts
 * @param after    sort values of the last hit of the previous page, null for the first page
 */
public record ProductQuery(String text,
                           String locale,
                           String channel,
                           List<Filter> filters,
                           List<Facet> facets,
                           String sortName,
                           List<SortField> sort,
                           int limit,
                           JsonArray after) {
}
