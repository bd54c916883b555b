package io.pimento.ranking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SequentialRulesTest {

    private final SessionLog log = Logs.of("s1: a b c", "s2: a c", "s3: c a");
    private final SequentialRules rules = SequentialRules.fit(log);

    @ParameterizedTest(name = "{0} -> {1} weighs {2}")
    @CsvSource({
            "a, b, 1.0",     // s1, next click
            "a, c, 1.5",     // s1 two steps later (1/2) + s2 next click (1)
            "b, c, 1.0",
            "c, a, 1.0",     // only s3: a rule points forward in time
            "b, a, 0.0",
            "c, b, 0.0",
    })
    void shouldWeighFollowersByOneOverTheirDistance(String from, String to, double weight) {
        assertThat(rules.weight(log.itemNumber(from), log.itemNumber(to))).isCloseTo(weight, within(1e-9));
    }

    @Test
    void shouldListTheStrongestRulesFirst() {
        int a = log.itemNumber("a");

        assertThat(rules.top(a, 10)).containsExactly(log.itemNumber("c"), log.itemNumber("b"));
        assertThat(rules.rank(a, log.itemNumber("c"))).isEqualTo(1);
        assertThat(rules.rank(a, log.itemNumber("b"))).isEqualTo(2);
        assertThat(rules.rank(a, a)).isZero();
        assertThat(rules.maxWeight(a)).isEqualTo(1.5);
    }

    @Test
    void shouldStopAtTheStepLimit() {
        SessionLog longLog = Logs.of("s: a b c d");
        SequentialRules twoSteps = SequentialRules.fit(longLog, 2);

        assertThat(twoSteps.weight(longLog.itemNumber("a"), longLog.itemNumber("c"))).isEqualTo(0.5);
        assertThat(twoSteps.weight(longLog.itemNumber("a"), longLog.itemNumber("d"))).isZero();
    }

    @Test
    void shouldKnowNoRulesForUnknownItems() {
        assertThat(rules.weight(-1, 0)).isZero();
        assertThat(rules.top(-1, 5)).isEmpty();
    }
}
