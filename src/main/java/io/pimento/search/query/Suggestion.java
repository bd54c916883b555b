package io.pimento.search.query;

import java.util.List;

/** An autocomplete proposal. */
public record Suggestion(String identifier, String label) {

    /** The response of the suggest endpoint. */
    public record Suggestions(List<Suggestion> items) {
    }
}
