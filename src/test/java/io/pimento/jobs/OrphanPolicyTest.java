package io.pimento.jobs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The sweep's parameters, with a fixed clock: what counts as stale, and which jobs it must leave alone. */
class OrphanPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static Stream<Arguments> sweeps() {
        return Stream.of(
                // nothing runs here: "id not in ()" is not SQL, so a placeholder no job has
                arguments(Duration.ofMinutes(2), List.of(), Instant.parse("2026-12-08T01:58:00Z"), List.of(-1L)),
                arguments(Duration.ofSeconds(30), List.of(7L), Instant.parse("2026-12-08T01:59:30Z"), List.of(7L)),
                arguments(Duration.ofHours(1), List.of(3L, 9L), Instant.parse("2026-12-08T01:00:00Z"), List.of(3L, 9L)),
                // a zero stale-after: any heartbeat before now is stale, as the configuration says
                arguments(Duration.ZERO, List.of(), NOW, List.of(-1L)));
    }

    @ParameterizedTest
    @MethodSource("sweeps")
    void shouldTreatHeartbeatsOlderThanStaleAfterAsStaleAndLeaveTheJobsRunningHereAlone(
            Duration staleAfter, List<Long> runningHere, Instant staleBefore, List<Long> excluded) {
        OrphanPolicy policy = new OrphanPolicy(staleAfter, CLOCK);

        Map<String, Object> parameters = policy.parameters("running", runningHere).map();

        assertThat(policy.staleBefore()).isEqualTo(staleBefore);
        assertThat(parameters).containsEntry("running", "running")
                .containsEntry("staleBefore", staleBefore)
                .containsEntry("runningHere", excluded)
                .containsEntry("now", NOW);
        // every parameter the condition names is given
        parameters.keySet().stream().filter(name -> !name.equals("now"))
                .forEach(name -> assertThat(OrphanPolicy.ORPHANED).contains(":" + name));
    }
}
