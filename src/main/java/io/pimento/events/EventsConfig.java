package io.pimento.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code pimento.events.*}: what an event batch may hold, how long events are kept, and what consent means. */
@ConfigMapping(prefix = "pimento.events")
public interface EventsConfig {

    /** Events per {@code POST /api/v1/events}; more is a 413. */
    @WithDefault("1000")
    int maxBatch();

    /** How far in the future a timestamp may be, for clients whose clock is ahead. */
    @WithDefault("5m")
    Duration futureSkew();

    /** Events older than this are purged, and refused when sent. */
    @WithDefault("400d")
    Duration retention();

    /** How often the retention purge runs. */
    @WithDefault("1h")
    Duration purgeEvery();

    /**
     * The consent of an event that does not say ({@code consent.personalization} absent): false,
     * so a channel must ask visitors before their events personalize anything.
     */
    @WithDefault("false")
    boolean consentDefault();

    /** What happens to events without personalization consent. */
    @WithDefault("count")
    WithoutConsent withoutConsent();

    /** NDJSON lines checked and written together by {@code /api/v1/events/import}. */
    @WithDefault("2000")
    int importChunk();

    /** Line errors an import reports in full; the rest are counted. */
    @WithDefault("1000")
    int importErrorsReported();

    enum WithoutConsent {
        /** kept without visitor and session: they count in reports, never in profiles or learning */
        COUNT,
        /** not kept at all */
        DROP
    }
}
