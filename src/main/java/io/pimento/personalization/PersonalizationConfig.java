package io.pimento.personalization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code pimento.personalization.*}: when the ranker learns, from how much, and which attribute is the brand. */
@ConfigMapping(prefix = "pimento.personalization")
public interface PersonalizationConfig {

    /** Off: placements keep targeting's order (rules and candidates), nothing is trained. */
    @WithDefault("true")
    boolean enabled();

    /** The ranker is retrained from the events this often (and on POST /api/v1/ranking/train). */
    @WithDefault("1h")
    Duration retrainEvery();

    /** It learns from the events of this last span. */
    @WithDefault("30d")
    Duration window();

    /** Below this many sessions of two clicks or more there is nothing to learn: placements keep targeting's order. */
    @WithDefault("20")
    int minSessions();

    /**
     * Cold start: the share of personalized responses (0 to 1) that give one slot to a product the
     * ranker knows little of, so new products get seen and learned.
     */
    @WithDefault("0.1")
    double explorationShare();

    /** The placements that explore, with {@link #explorationShare()}. */
    @WithDefault("home,email,product,cart")
    java.util.List<String> explorationPlacements();

    /** Shares per placement overriding the above: {@code email=0.3,home=0.05} ({@code cart=0} turns one off). */
    java.util.Optional<java.util.List<String>> explorationShares();

    /** The position (1-based) the exploring product takes. */
    @WithDefault("3")
    int explorationPosition();

    /** A product with fewer clicks than this in the ranker's data is new. */
    @WithDefault("5")
    int explorationMaxClicks();

    /** The attribute whose option or text is a product's brand, for "like" and "hide" preferences. */
    @WithDefault("brand")
    String brandAttribute();
}
