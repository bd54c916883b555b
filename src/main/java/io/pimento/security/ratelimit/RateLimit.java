package io.pimento.security.ratelimit;

import java.time.Duration;

/**
 * A token bucket's shape: it refills at {@code permitsPerSecond} and holds at most {@code burst}
 * permits, so a quiet client may send {@code burst} requests at once, then the steady rate.
 */
public record RateLimit(double permitsPerSecond, int burst) {

    public RateLimit {
        if (!(permitsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
    }

    /** {@code requests} per {@code period} (50 per 1 s, 600 per 1 min), with a burst. */
    public static RateLimit of(int requests, Duration period, int burst) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit's period must be positive");
        }
        return new RateLimit(requests * 1_000_000_000.0 / period.toNanos(), burst);
    }

    /**
     * How long until a bucket holding {@code tokens} (less than one) has a whole permit again:
     * what {@code Retry-After} says, in whole seconds, at least one.
     */
    public long secondsUntilNextPermit(double tokens) {
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / permitsPerSecond));
    }
}
