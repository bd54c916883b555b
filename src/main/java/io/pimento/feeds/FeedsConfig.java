package io.pimento.feeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code pimento.feeds.*}: how fast a channel token may read, and where media links point. */
@ConfigMapping(prefix = "pimento.feeds")
public interface FeedsConfig {

    RateLimit rateLimit();

    Cache cache();

    /**
     * Base URL media keys are appended to ({@code https://cdn.example.com/pimento/}); absent, the
     * request's own base URL followed by {@code api/v1/media/} (Pimento serves them there).
     */
    Optional<String> mediaBaseUrl();

    /** Per channel token, shared by all instances (PostgreSQL token buckets). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Steady rate: this many requests... */
        @WithDefault("50")
        int requests();

        /** ...per this period (1s, 1m). */
        @WithDefault("1s")
        Duration period();

        /** Requests a token that has been quiet may send at once. */
        @WithDefault("100")
        int burst();
    }

    /** In-memory caches of what placements read (docs/performance.md), kept at the catalog version. */
    interface Cache {
        /** Resolved products kept (one per channel, locale and product): about 2-4 KB each. */
        @WithDefault("20000")
        int items();

        /** Placement candidates kept, counted one by one over all cached lists. */
        @WithDefault("200000")
        int candidates();

        /**
         * The longest anything is kept, whatever the version (each entry half of it to all of it): a
         * bound should a change's news be lost (an instance dying between its commit and moving the
         * shared version). Freshness comes from the version, checked every second; a shorter bound
         * makes a shop's less frequent pages miss on most visits.
         */
        @WithDefault("5m")
        Duration maxAge();
    }
}
