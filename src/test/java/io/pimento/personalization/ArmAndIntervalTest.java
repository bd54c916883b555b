package io.pimento.personalization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArmAndIntervalTest {

    @Test
    void aVisitorKeepsTheirArmAndTheHoldoutIsTheShareAskedFor() {
        assertThat(IntStream.range(0, 50).mapToObj(i -> Arm.of("home", "v-42", 0.3, 0)).distinct()).hasSize(1);
        long held = IntStream.range(0, 20_000).filter(i -> Arm.of("home", "v-" + i, 0.2, 0) == Arm.HOLDOUT).count();
        assertThat(held / 20_000.0).isCloseTo(0.2, within(0.015));
        assertThat(Arm.of("home", "v-1", 0, 0)).isEqualTo(Arm.PERSONALIZED);
        assertThat(Arm.of("home", "v-1", 1, 0)).isEqualTo(Arm.HOLDOUT);
        assertThat(Arm.of("home", null, 0.5, 0)).isEqualTo(Arm.PERSONALIZED);
    }

    @Test
    void aVariantTakesItsShareNextToTheHoldoutAndTheHoldoutStaysPut() {
        int n = 20_000;
        long held = IntStream.range(0, n).filter(i -> Arm.of("home", "v-" + i, 0.1, 0.45) == Arm.HOLDOUT).count();
        long variant = IntStream.range(0, n).filter(i -> Arm.of("home", "v-" + i, 0.1, 0.45) == Arm.VARIANT).count();
        assertThat(held / (double) n).isCloseTo(0.1, within(0.01));
        assertThat(variant / (double) n).isCloseTo(0.45, within(0.015));
        // adding a variant moves no held-out visitor: the holdout keeps the same visitors
        assertThat(IntStream.range(0, n).filter(i -> (Arm.of("home", "v-" + i, 0.1, 0) == Arm.HOLDOUT)
                != (Arm.of("home", "v-" + i, 0.1, 0.45) == Arm.HOLDOUT)).count()).isZero();
        assertThat(Arm.of("home", "v-1", 0, 1)).isEqualTo(Arm.VARIANT);
        assertThat(Arm.ofResponse(Arm.VARIANT.responseId("home", UUID.randomUUID()))).contains(Arm.VARIANT);
        assertThat(Arm.VARIANT.code()).isEqualTo("variant");
    }

    @Test
    void placementsDrawTheirHoldoutsIndependently() {
        long both = IntStream.range(0, 20_000)
                .filter(i -> Arm.of("home", "v-" + i, 0.5, 0) == Arm.HOLDOUT && Arm.of("email", "v-" + i, 0.5, 0) == Arm.HOLDOUT).count();
        assertThat(both / 20_000.0).isCloseTo(0.25, within(0.02));
    }

    @Test
    void theResponseIdCarriesTheArm() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        String response = Arm.HOLDOUT.responseId("home", id);

        assertThat(response).isEqualTo("home.h.123e4567-e89b-12d3-a456-426614174000").startsWith(Arm.HOLDOUT.responsePrefix("home"));
        assertThat(Arm.ofResponse(response)).contains(Arm.HOLDOUT);
        assertThat(Arm.ofResponse(Arm.PERSONALIZED.responseId("cart", id))).contains(Arm.PERSONALIZED);
        assertThat(Arm.ofResponse("123e4567-e89b-12d3-a456-426614174000")).isEmpty();
        assertThat(Arm.ofResponse("home.x.1")).isEmpty();
    }

    /** Wilson intervals computed by hand (and checked against R's prop.test without correction). */
    @ParameterizedTest
    @CsvSource({
            "10, 100, 0.1000, 0.0552, 0.1744",
            "0, 20, 0.0000, 0.0000, 0.1611",
            "20, 20, 1.0000, 0.8389, 1.0000",
            "50, 100, 0.5000, 0.4038, 0.5962"})
    void rates(long successes, long trials, double value, double low, double high) {
        Interval rate = Interval.rate(successes, trials);
        assertThat(rate.value()).isCloseTo(value, within(1e-4));
        assertThat(rate.low()).isCloseTo(low, within(1e-4));
        assertThat(rate.high()).isCloseTo(high, within(1e-4));
        assertThat(rate.n()).isEqualTo(trials);
    }

    @Test
    void aMeanWithItsInterval() {
        // values 10, 20, 30: mean 20, sample sd 10, half-width 1.96 * 10 / sqrt(3) = 11.316
        Interval mean = Interval.mean(3, 60, 100 + 400 + 900);
        assertThat(mean.value()).isEqualTo(20);
        assertThat(mean.low()).isCloseTo(8.684, within(1e-3));
        assertThat(mean.high()).isCloseTo(31.316, within(1e-3));
        assertThat(Interval.rate(0, 0).value()).isNaN();
        assertThat(Interval.mean(1, 5, 25).low()).isNaN();
    }
}
