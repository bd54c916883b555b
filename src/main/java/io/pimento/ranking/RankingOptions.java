package io.pimento.ranking;

/**
 * How a {@link RankingModel} is trained: the V-STAN parameters, how many candidates each generator
 * brings, the boosting parameters, and how many of the log's last days the re-ranker learns from
 * (each day with base signals fitted on the days before it; then they are refitted on the whole log).
 */
public record RankingOptions(VStan.Params vstan, Signals.CandidateLimits candidates,
                             ListwiseBoosting.Params boosting, int learningDays) {

    /** The parameters chosen on the validation split of docs/ranking.md. */
    public static final RankingOptions DEFAULT = new RankingOptions(VStan.Params.DEFAULT,
            Signals.CandidateLimits.DEFAULT, ListwiseBoosting.Params.DEFAULT, 3);

    RankingOptions withBoosting(ListwiseBoosting.Params params) {
        return new RankingOptions(vstan, candidates, params, learningDays);
    }

    RankingOptions withLearningDays(int days) {
        return new RankingOptions(vstan, candidates, boosting, days);
    }

    RankingOptions withVstan(VStan.Params params) {
        return new RankingOptions(params, candidates, boosting, learningDays);
    }
}
