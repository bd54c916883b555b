package io.pimento.security.ratelimit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RateLimitTest {

    static Stream<Arguments> rates() {
        return Stream.of(
                arguments(50, Duration.ofSeconds(1), 50.0),
                arguments(600, Duration.ofMinutes(1), 10.0),
                arguments(1, Duration.ofMinutes(1), 1 / 60.0),
                arguments(5, Duration.ofMillis(500), 10.0));
    }

    @ParameterizedTest(name = "{0} per {1}")
    @MethodSource("rates")
    void shouldTurnRequestsPerPeriodIntoPermitsPerSecond(int requests, Duration period, double perSecond) {
        assertThat(RateLimit.of(requests, period, 1).permitsPerSecond()).isCloseTo(perSecond, org.assertj.core.data.Offset.offset(1e-9));
    }

    static Stream<Arguments> waits() {
        return Stream.of(
                arguments(50.0, 0.0, 1L),
                arguments(50.0, 0.99, 1L),
                arguments(1 / 60.0, 0.0, 60L),
                arguments(1 / 60.0, 0.5, 30L),
                arguments(0.1, 0.25, 8L),
                arguments(1.0, -3.0, 4L));
    }

    @ParameterizedTest(name = "{0}/s holding {1}: retry after {2} s")
    @MethodSource("waits")
    void shouldSayHowLongUntilTheNextWholePermit(double perSecond, double tokens, long seconds) {
        assertThat(new RateLimit(perSecond, 1).secondsUntilNextPermit(tokens)).isEqualTo(seconds);
    }

    @Test
    void shouldRefuseALimitThatLetsNothingThrough() {
        assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.of(10, Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.of(10, Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
