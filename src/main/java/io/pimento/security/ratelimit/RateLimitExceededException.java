package io.pimento.security.ratelimit;

import io.pimento.common.ProblemException;

import java.util.List;

/** Too many requests for one key: 429, with {@code Retry-After} ({@link RateLimitExceededMapper}). */
public class RateLimitExceededException extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(long retryAfterSeconds) {
        super(429, "Too Many Requests",
                "rate limit exceeded; retry in %d s".formatted(retryAfterSeconds), List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
