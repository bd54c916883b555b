package io.pimento.targeting.segment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of targeting ({@code pimento.targeting.*}). */
@ConfigMapping(prefix = "pimento.targeting")
public interface TargetingConfig {

    Segments segments();

    interface Segments {

        /**
         * How long {@link SegmentMatcher} trusts its copy of the segments before checking the shared
         * revision in the database: how late this instance may see a change made on another one.
         */
        @WithDefault("1s")
        Duration recheckInterval();
    }
}
