package io.pimento.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VStanTest {

    private static final VStan.Params PARAMS = new VStan.Params(10, 100, 1.5, 100, 1.5, 1.5, 1);

    @Test
    void shouldScoreOnlyItemsOfSessionsSharingAnItem() {
        SessionLog log = Logs.of("s1: a b", "s2: c d");
        VStan vstan = VStan.fit(log, PARAMS);
        double[] scores = new double[log.itemCount()];

        int[] scored = vstan.score(Logs.state(log, 10_000, "a"), scores);

        assertThat(scored).containsExactlyInAnyOrder(Logs.numbers(log, "a", "b"));
        assertThat(scores[log.itemNumber("c")]).isZero();
    }

    @Test
    void shouldPreferItemsCloseToTheSharedItemInTheNeighbour() {
        SessionLog log = Logs.of("s1: a b x y z");
        VStan vstan = VStan.fit(log, PARAMS);
        double[] scores = new double[log.itemCount()];

        vstan.score(Logs.state(log, 10_000, "b"), scores);

        assertThat(scores[log.itemNumber("x")]).isGreaterThan(scores[log.itemNumber("y")]);
        assertThat(scores[log.itemNumber("y")]).isGreaterThan(scores[log.itemNumber("z")]);
    }

    @Test
    void shouldWeighNeighboursOfTheRecentClicksMore() {
        SessionLog log = Logs.of("s1: a old", "s2: b new");
        VStan vstan = VStan.fit(log, PARAMS);
        double[] scores = new double[log.itemCount()];

        vstan.score(Logs.state(log, 10_000, "a", "b"), scores);

        assertThat(scores[log.itemNumber("new")]).isGreaterThan(scores[log.itemNumber("old")]);
    }

    @Test
    void shouldScoreNothingForAnEmptySession() {
        SessionLog log = Logs.of("s1: a b");
        double[] scores = new double[log.itemCount()];

        assertThat(VStan.fit(log, PARAMS).score(new SessionState(new int[0], new double[0], 0), scores)).isEmpty();
    }
}
