package io.pimento.targeting.rules.engine;

import java.util.List;

/**
 * The ranking stage of a placement, between candidate selection and merchandising rules: orders
 * the candidates best first, and may rescore them and add reasons. It must return each candidate
 * it was given exactly once. {@link #KEEP_ORDER} is the default; a personalized re-ranker plugs
 * in here.
 */
@FunctionalInterface
public interface Ranker {

    List<Candidate> rank(List<Candidate> candidates, RankingContext context);

    /** Keeps the order candidate selection produced. */
    Ranker KEEP_ORDER = (candidates, context) -> List.copyOf(candidates);
}
