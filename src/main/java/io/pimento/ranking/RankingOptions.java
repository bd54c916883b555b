package io.pimento.ranking;

/**
 * How a {@link RankingModel} is trained: the V-STAN parameters, how many candidates each generator
 * brings, the boosting parameters, and how many of the log's last days the re-ranker learns from
 * (the base signals are fitted on the days before them, then refitted on the whole log).
 */
public record RankingOptions(VStan.Params vstan, Signals.CandidateLimits candidates,
                             ListwiseBoosting.Params boosting, double learningDays) {

    /** The parameters chosen on the validation split of docs/ranking.md. */
    public static final RankingOptions DEFAULT = new RankingOptions(VStan.Params.DEFAULT,
            Signals.CandidateLimits.DEFAULT, ListwiseBoosting.Params.DEFAULT, 1);

    RankingOptions withBoosting(ListwiseBoosting.Params params) {
        return new RankingOptions(vstan, candidates, params, learningDays);
    }

    RankingOptions withVstan(VStan.Params params) {
        return new RankingOptions(params, candidates, boosting, learningDays);
    }
}
