package io.pimento.ranking;

import java.util.Objects;

/**
 * One view of an item in a visitor session: what the events table stores and what the ranker learns
 * from. {@code timestamp} is in seconds since the epoch (fractions allowed), the unit of the click logs.
 */
public record Click(String sessionId, String itemId, double timestamp) {
    public Click {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
