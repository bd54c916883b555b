package io.pimento.bulkactions;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Which products a bulk action applies to: the identifiers ticked, or a search (the search API's
 * filters, {@code {"family": ["shoes"], "q": ["red"]}}) whose every result the job resolves
 * when it runs, so selecting "all 100,000 results" stores the query, not the ids.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkSelection(List<String> identifiers, Map<String, List<String>> query) {

    public boolean byQuery() {
        return query != null;
    }
}
