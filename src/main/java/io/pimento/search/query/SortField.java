package io.pimento.search.query;

/** One sort clause: an index field, or the relevance score when {@code field} is null. */
public record SortField(String field, boolean descending) {

    public static SortField score() {
        return new SortField(null, true);
    }

    public boolean isScore() {
        return field == null;
    }
}
