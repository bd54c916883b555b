package io.pimento.ranking;

import java.util.Objects;

/** One step of the session the ranker is asked about: an item viewed at {@code timestamp} (epoch seconds). */
public record ViewedItem(String itemId, double timestamp) {
    public ViewedItem {
        Objects.requireNonNull(itemId, "itemId");
    }
}
