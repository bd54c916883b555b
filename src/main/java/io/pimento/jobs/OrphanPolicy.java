package io.pimento.jobs;

import io.quarkus.panache.common.Parameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * When a running job is orphaned: its instance stopped (or died) without ending it, so nothing
 * will. A job's heartbeat is saved with its progress; one older than {@code staleAfter}, or never
 * saved, on a job this instance is not running, means the job will never finish, and the sweep
 * ends it with a message saying what was done. The rule is {@link #ORPHANED}, a JPQL condition
 * over a {@link JobRecord} entity, so the sweep is one atomic update.
 */
public record OrphanPolicy(Duration staleAfter, Clock clock) {

    /** The condition of the sweep's update; its parameters are {@link #parameters}. */
    public static final String ORPHANED =
            "status = :running and (heartbeatAt is null or heartbeatAt < :staleBefore) and id not in :runningHere";

    public static OrphanPolicy of(Duration staleAfter) {
        return new OrphanPolicy(staleAfter, Clock.systemUTC());
    }

    /** A heartbeat before this instant is stale. */
    public Instant staleBefore() {
        return clock.instant().minus(staleAfter);
    }

    /**
     * The parameters of {@link #ORPHANED} (and {@code now}, for the finish time), {@code running}
     * being the entity's running status.
     */
    public Parameters parameters(Object running, Collection<Long> runningHere) {
        // "in ()" is not valid SQL: no job has id -1
        return Parameters.with("running", running)
                .and("staleBefore", staleBefore())
                .and("runningHere", runningHere.isEmpty() ? List.of(-1L) : List.copyOf(runningHere))
                .and("now", clock.instant());
    }
}
