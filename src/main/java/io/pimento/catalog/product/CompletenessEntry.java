package io.pimento.catalog.product;

import java.util.List;

/** How complete a product is on one channel and locale: the share (0-100) of required attributes filled. */
public record CompletenessEntry(String channel, String locale, int ratio, int required, List<String> missing) {

    public CompletenessEntry {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
