package io.pimento.targeting.rules.engine;

import java.util.List;

/** A placement is built in three stages: candidates, then ranking, then merchandising rules. */
public final class PlacementPipeline {

    private PlacementPipeline() {
    }

    public static List<PlacementItem> run(List<Candidate> candidates, Ranker ranker, RankingContext context,
                                          List<ActiveRule> rules, int limit) {
        return MerchandisingRules.apply(ranker.rank(candidates, context), rules, limit);
    }
}
