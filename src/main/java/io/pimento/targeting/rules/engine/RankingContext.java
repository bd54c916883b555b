package io.pimento.targeting.rules.engine;

import java.time.Instant;
import java.util.Set;

/** What a {@link Ranker} may know of the request: the placement, the visitor's matched segments, the time. */
public record RankingContext(Placement placement, Set<String> segments, Instant now) {

    public RankingContext {
        segments = segments == null ? Set.of() : Set.copyOf(segments);
    }
}
