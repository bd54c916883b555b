package io.pimento.search.indexing;

import io.pimento.search.indexing.IndexingFailurePolicy.Outage;
import io.pimento.search.indexing.IndexingFailurePolicy.RowDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexingFailurePolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    /** 500 ms doubling up to 30 s, a document set aside at its 5th refusal. */
    private final IndexingFailurePolicy policy = new IndexingFailurePolicy(
            new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)), 5);

    /**
     * One failed try of a row: what becomes of it, given its tries so far (outages included) and
     * how many of them OpenSearch refused the document.
     */
    @ParameterizedTest(name = "[{index}] {0}: {1} tries, {2} refusals, outage {3} -> {4}")
    @CsvSource({
            // case,                                   tries, refusals, outage, decision (retry delay in ms, or set aside)
            "first failure of a document,              0,     0,        false,  500",
            "second refusal: the delay doubles,        1,     1,        false,  1000",
            "fourth refusal: doubled again,            3,     3,        false,  4000",
            "fifth refusal: set aside,                 4,     4,        false,  set aside",
            "refused after an outage: backoff by tries, 9,    1,        false,  30000",
            "refused 4th time after outages: retried, 20,  3,        false,  30000",
            "fifth refusal after outages: set aside,   20,    4,        false,  set aside",
            "first failure in an outage,               0,     0,        true,   500",
            "outage: doubling,                         2,     0,        true,   2000",
            "outage: capped,                           7,     0,        true,   30000",
            "outage: capped however long,              100000, 0,       true,   30000",
            "outage after refusals: never set aside,   40,    4,        true,   30000",
            "outage with refusals past the max,        40,    9,        true,   30000",
    })
    void shouldRetryOrSetAsideAFailedRow(String description, int tries, int refusals, boolean outage, String expected) {
        RowDecision decision = policy.afterFailure(tries, refusals, outage);

        if (expected.equals("set aside")) {
            assertThat(decision).isInstanceOf(RowDecision.SetAside.class);
        } else {
            assertThat(decision).isEqualTo(new RowDecision.RetryAfter(Duration.ofMillis(Long.parseLong(expected))));
        }
    }

    /**
     * A sequence of batches, one per second from T0: {@code F} OpenSearch could not take it (an
     * outage), {@code R} it took it (the outage ends). After them: is indexing paused, since when,
     * after how many failures, until when.
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource({
            // case,                         batches, ongoing, since (s after T0), failures, paused until (ms after T0)
            "no failure,                     R,       false,   ,                  0,        ",
            "first failure,                  F,       true,    0,                 1,        500",
            "second failure doubles,         FF,      true,    0,                 2,        2000",
            "third failure doubles again,    FFF,     true,    0,                 3,        4000",
            "capped at the maximum delay,    FFFFFFFFFF, true, 0,                 10,       39000",
            "outage ends,                    FFR,     false,   ,                  0,        ",
            "a new outage starts afresh,     FFRF,    true,    3,                 1,        3500",
    })
    void shouldPauseIndexingDuringAnOutage(String description, String batches, boolean ongoing, Long sinceSeconds,
                                           int failures, Long pausedUntilMillis) {
        Outage outage = Outage.NONE;
        for (int i = 0; i < batches.length(); i++) {
            Instant now = T0.plusSeconds(i);
            outage = batches.charAt(i) == 'F' ? policy.outageFailed(outage, now) : Outage.NONE;
        }

        assertThat(outage.ongoing()).as("ongoing").isEqualTo(ongoing);
        assertThat(outage.failures()).as("failures").isEqualTo(failures);
        if (ongoing) {
            assertThat(outage.since()).as("since").isEqualTo(T0.plusSeconds(sinceSeconds));
            Instant until = T0.plusMillis(pausedUntilMillis);
            assertThat(outage.pausedUntil()).as("paused until").isEqualTo(until);
            assertThat(outage.paused(until.minusMillis(1))).as("paused just before").isTrue();
            assertThat(outage.paused(until)).as("paused at the end").isFalse();
        } else {
            assertThat(outage.paused(T0.plusSeconds(batches.length()))).as("paused").isFalse();
        }
    }

    @Test
    void shouldSetAsideAtTheFirstRefusalWhenOneAttemptIsAllowed() {
        IndexingFailurePolicy once = new IndexingFailurePolicy(new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)), 1);

        assertThat(once.afterFailure(0, 0, false)).isInstanceOf(RowDecision.SetAside.class);
        assertThat(once.afterFailure(0, 0, true)).isEqualTo(new RowDecision.RetryAfter(Duration.ofMillis(500)));
    }

    @Test
    void shouldRefuseFewerThanOneAttempt() {
        assertThatThrownBy(() -> new IndexingFailurePolicy(new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)), 0))
                .hasMessageContaining("max-document-attempts");
    }
}
