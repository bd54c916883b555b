package io.pimento.search.indexing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @ParameterizedTest(name = "after {0} attempts: {1} ms")
    @CsvSource({"1, 500", "2, 1000", "3, 2000", "6, 16000", "7, 30000", "40, 30000", "2000000000, 30000"})
    void shouldDoubleTheDelayUpToTheCap(int attempts, long expectedMillis) {
        assertThat(backoff.delayAfter(attempts)).isEqualTo(Duration.ofMillis(expectedMillis));
    }
}
