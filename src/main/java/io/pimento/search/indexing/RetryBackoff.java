package io.pimento.search.indexing;

import java.time.Duration;

/** Exponential backoff for outbox rows that could not be indexed: initial, 2x, 4x... capped. */
public record RetryBackoff(Duration initial, Duration max) {

    /** The delay before the next try of a row that failed {@code attempts} times (attempts >= 1). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
