package io.pimento.search.query;

import java.util.List;

/**
 * A filter of the search: the documents whose {@code field} matches any of the conditions
 * (repeating a parameter means OR). {@code key} is the query parameter it came from, so a facet
 * on the same thing can leave it out.
 */
public record Filter(String key, String field, List<ValueCondition> conditions) {

    public Filter {
        conditions = List.copyOf(conditions);
    }
}
