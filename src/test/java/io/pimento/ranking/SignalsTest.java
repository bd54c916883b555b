package io.pimento.ranking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsTest {

    private final SessionLog log = Logs.of("s1: a b c", "s2: a c d", "s3: b c", "s4: d e");
    private final Signals signals = Signals.fit(log, new VStan.Params(10, 100, 1.5, 100, 1.5, 1.5, 1));

    /** The session a b a c, viewed one minute apart. */
    private final Signals.Request request = signals.new Request(Logs.state(log, 20_000, "a", "b", "a", "c"));

    @ParameterizedTest(name = "{0}: views {1}, steps since {2}, last {3}, seconds since {4}")
    @CsvSource({
            "a, 2, 1, 0, 60",
            "b, 1, 2, 0, 120",
            "c, 1, 0, 1, 0",
            "d, 0, 100, 0, 10000000",
    })
    void shouldDescribeTheSessionsOwnItems(String item, int views, int steps, int last, double seconds) {
        float[] row = request.features(new int[] {log.itemNumber(item)})[0];

        assertThat(row[Feature.VIEW_COUNT.ordinal()]).isEqualTo(views);
        assertThat(row[Feature.STEPS_SINCE_VIEW.ordinal()]).isEqualTo(steps);
        assertThat(row[Feature.IS_LAST.ordinal()]).isEqualTo(last);
        assertThat(row[Feature.SECONDS_SINCE_VIEW.ordinal()]).isEqualTo((float) seconds);
    }

    @Test
    void shouldDescribeTheSessionAsAWhole() {
        float[] row = request.features(new int[] {log.itemNumber("d")})[0];

        assertThat(row[Feature.SESSION_LENGTH.ordinal()]).isEqualTo(4);
        assertThat(row[Feature.SESSION_DISTINCT_SHARE.ordinal()]).isEqualTo(0.75f);
        assertThat(row[Feature.SESSION_REVISITS.ordinal()]).isEqualTo(1);
        assertThat(row[Feature.LAST_WAS_REVISIT.ordinal()]).isZero();
        assertThat(row[Feature.SECONDS_SINCE_PREVIOUS_CLICK.ordinal()]).isEqualTo(60);
    }

    @Test
    void shouldGiveRuleAndNeighbourhoodScoresOfTheLastItem() {
        float[] d = request.features(new int[] {log.itemNumber("d")})[0];
        float[] e = request.features(new int[] {log.itemNumber("e")})[0];

        assertThat(d[Feature.SR_LAST.ordinal()]).isEqualTo(1); // c -> d in s2
        assertThat(d[Feature.SR_LAST_RANK.ordinal()]).isEqualTo(1);
        assertThat(d[Feature.VSTAN_SCORE.ordinal()]).isPositive();
        assertThat(e[Feature.SR_LAST.ordinal()]).isZero();
        assertThat(e[Feature.VSTAN_SCORE.ordinal()]).isZero(); // s4 shares nothing with the session
        assertThat(e[Feature.VSTAN_RANK.ordinal()]).isEqualTo(1000);
    }

    @Test
    void shouldGenerateCandidatesFromEveryGenerator() {
        int[] candidates = request.candidates(new Signals.CandidateLimits(100, 50, 1));

        // a, b, c: viewed; d: rule after c and neighbour s2; the most popular item is c.
        assertThat(candidates).containsExactly(Logs.numbers(log, "a", "b", "c", "d"));
    }

    @Test
    void shouldAnchorOnTheViewedItemWithTheStrongestRule() {
        assertThat(request.anchor(log.itemNumber("d"))).isEqualTo(log.itemNumber("c"));
        assertThat(request.anchor(log.itemNumber("c"))).isNotEqualTo(log.itemNumber("c"));
    }

    @Test
    void shouldLeaveUnknownItemsOutOfTheSession() {
        SessionState state = signals.state(new int[] {-1, log.itemNumber("a")}, new double[] {1, 2}, 2);

        assertThat(state.items()).containsExactly(log.itemNumber("a"));
        assertThat(state.times()).containsExactly(2);
    }
}
