package io.pimento.common;

import io.quarkus.scheduler.FailedExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Logs what a scheduled task (the indexer, sweeps, version checks) threw, in place of Quarkus'
 * own logger of scheduler failures, which is switched off in application.properties: while
 * PostgreSQL is away every task fails every second, and a stack trace each time buries the one
 * line that matters. A task that fails because the database is unavailable gets one warning per
 * task per minute; any other failure is logged in full, as before.
 */
@ApplicationScoped
public class ScheduledFailures {

    private static final Logger LOG = Logger.getLogger(ScheduledFailures.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();

    private final ConcurrentMap<String, Long> lastWarned = new ConcurrentHashMap<>();

    void failed(@Observes FailedExecution failure) {
        String task = failure.getExecution().getTrigger().getId();
        Throwable error = failure.getException();
        if (!DatabaseFailures.isUnavailable(error)) {
            LOG.errorf(error, "Scheduled task %s failed", task);
            return;
        }
        long now = System.nanoTime();
        Long last = lastWarned.get(task);
        if (last == null || now - last >= QUIET_NANOS) {
            lastWarned.put(task, now);
            LOG.warnf("Scheduled task %s skipped: the database is unavailable (%s); retrying on schedule, quiet for a minute",
                    task, DatabaseFailures.summary(error));
        }
    }
}
