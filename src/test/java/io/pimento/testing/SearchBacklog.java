package io.pimento.testing;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.ThrowingRunnable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * What the search indexer still has to do, read straight from {@code search_outbox} over JDBC (so
 * any test, and the {@link SearchBacklogDrained} extension, can ask without CDI), and waits that
 * say what was still pending when they give up. Set-aside rows (documents OpenSearch kept refusing)
 * are not work left: they wait for an edit or a rebuild.
 */
public final class SearchBacklog {

    private SearchBacklog() {
    }

    /** Outbox rows by lane and state. */
    public record Snapshot(long interactiveDue, long bulkDue, long held, long retrying, long oldestDueSeconds) {

        public long total() {
            return interactiveDue + bulkDue + held + retrying;
        }

        @Override
        public String toString() {
            return total() == 0 ? "search outbox empty" : ("search outbox: %d interactive and %d bulk rows due (oldest due for %d s), "
                    + "%d held by running imports or bulk actions, %d waiting to be retried").formatted(interactiveDue, bulkDue, oldestDueSeconds, held, retrying);
        }
    }

    public static Snapshot snapshot() {
        try (Connection connection = DriverManager.getConnection(TestServices.jdbcUrl(), "pimento", "pimento");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select count(*) filter (where interactive and next_attempt_at <= now()),
                            count(*) filter (where not interactive and next_attempt_at <= now()),
                            count(*) filter (where held_by is not null and next_attempt_at > now()),
                            count(*) filter (where held_by is null and next_attempt_at > now()),
                            coalesce(extract(epoch from now() - min(next_attempt_at) filter (where next_attempt_at <= now())), 0)
                     from search_outbox where set_aside_at is null""")) {
            row.next();
            return new Snapshot(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), (long) row.getDouble(5));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read search_outbox at " + TestServices.jdbcUrl(), e);
        }
    }

    /** Waits until the indexer has nothing left to do. */
    public static void awaitDrained(Duration stalledFor, Duration atMost, String whose) {
        // A slow machine drains slowly but steadily: fail on a stall, not on a slow pace.
        long start = System.nanoTime();
        long lastProgress = start;
        long fewest = Long.MAX_VALUE;
        while (true) {
            long pending = snapshot().total();
            if (pending == 0) {
                return;
            }
            long now = System.nanoTime();
            if (pending < fewest) {
                fewest = pending;
                lastProgress = now;
            }
            if (now - lastProgress > stalledFor.toNanos() || now - start > atMost.toNanos()) {
                throw new AssertionError("The search index did not catch up with " + whose + ": "
                        + (now - start > atMost.toNanos() ? "not drained within " + atMost.toSeconds() + " s"
                        : "no progress for " + stalledFor.toSeconds() + " s") + "; " + snapshot());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + whose, e);
            }
        }
    }

    /**
     * Polls {@code assertion} until it holds, for what the search index shows; on timeout the
     * failure says what the indexer still had pending, so a slow index is told from a wrong one.
     */
    public static void await(String what, Duration atMost, ThrowingRunnable assertion) {
        try {
            Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(200)).untilAsserted(assertion);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": not so within " + atMost.toSeconds() + " s; " + snapshot(), e);
        }
    }
}
