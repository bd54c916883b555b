package io.pimento.personalization;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Thompson sampling for the exploration slot: which new product gets it, over many visitors. */
class BanditTest {

    static Stream<Arguments> shares() {
        return Stream.of(
                // name, arms, the arm expected to win, least share of 2,000 visitors it wins
                Arguments.of("never shown beats shown a thousand times without a click",
                        List.of(new Bandit.Arm(1000, 0), new Bandit.Arm(0, 0)), 1, 0.99),
                Arguments.of("clicked beats shown as often without a click",
                        List.of(new Bandit.Arm(50, 0), new Bandit.Arm(50, 10)), 1, 0.99),
                Arguments.of("two unknown products share the slot",
                        List.of(new Bandit.Arm(0, 0), new Bandit.Arm(0, 0)), 0, 0.45),
                Arguments.of("a little evidence does not shut a product out",
                        List.of(new Bandit.Arm(3, 1), new Bandit.Arm(3, 0)), 1, 0.2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shares(String name, List<Bandit.Arm> arms, int expected, double leastShare) {
        int wins = 0;
        for (long visitor = 0; visitor < 2_000; visitor++) {
            if (Bandit.choose(arms, visitor * 7919) == expected) {
                wins++;
            }
        }
        assertThat(wins / 2000.0).isGreaterThanOrEqualTo(leastShare);
    }

    @Test
    void choosesTheSameForTheSameSeed() {
        List<Bandit.Arm> arms = List.of(new Bandit.Arm(0, 0), new Bandit.Arm(0, 0), new Bandit.Arm(0, 0));
        for (long seed = 0; seed < 50; seed++) {
            assertThat(Bandit.choose(arms, seed)).isEqualTo(Bandit.choose(arms, seed));
        }
        assertThat(Bandit.choose(List.of(), 1)).isEqualTo(-1);
    }

    @Test
    void drawsBetaWithTheRightMean() {
        SplittableRandom random = new SplittableRandom(42);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += Bandit.beta(3, 7, random);
        }
        assertThat(sum / 20_000).isCloseTo(0.3, within(0.01));
    }
}
