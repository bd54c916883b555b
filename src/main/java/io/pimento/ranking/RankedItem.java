package io.pimento.ranking;

import java.util.List;

/** An item as the ranker orders it: higher scores first, with the signals that contributed most. */
public record RankedItem(String itemId, double score, List<Reason> reasons) {
    public RankedItem {
        reasons = List.copyOf(reasons);
    }
}
