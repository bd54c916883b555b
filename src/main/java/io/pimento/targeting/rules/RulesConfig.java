package io.pimento.targeting.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of merchandising rules in placements ({@code pimento.targeting.rules.*}). */
@ConfigMapping(prefix = "pimento.targeting.rules")
public interface RulesConfig {

    /**
     * How often an instance asks the database whether rules or content items changed (on any
     * instance); changes made on this instance are seen at once.
     */
    @WithDefault("1s")
    Duration cacheCheckInterval();

    /**
     * The longest the products a rule's query matched are reused (each between half of it and all
     * of it); the query runs again sooner when the catalog version moves (a change searches see).
     */
    @WithDefault("60s")
    Duration queryCacheTtl();

    /** The most products one rule's query brings to a placement (best matches first). */
    @WithDefault("1000")
    int maxQueryMatches();
}
