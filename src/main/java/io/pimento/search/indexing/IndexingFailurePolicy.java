package io.pimento.search.indexing;

import java.time.Duration;
import java.time.Instant;

/**
 * What the indexer does after a failed try; plain Java, times passed in, so a table test covers
 * it. Two kinds of failure:
 * <ul>
 * <li>an <b>outage</b> (OpenSearch unreachable, timing out or pushing back): indexing pauses for
 * a backoff that grows with each failed try, and rows are retried forever: nothing is lost;</li>
 * <li>a <b>refused document</b> (OpenSearch answered, and rejected this document): its row is
 * retried with its own backoff, and set aside after {@code maxDocumentAttempts} refusals, so one
 * poison document cannot keep its batch failing forever.</li>
 * </ul>
 */
public record IndexingFailurePolicy(RetryBackoff backoff, int maxDocumentAttempts) {

    public IndexingFailurePolicy {
        if (maxDocumentAttempts < 1) {
            throw new IllegalArgumentException("max-document-attempts must be at least 1, got " + maxDocumentAttempts);
        }
    }

    /** What becomes of a row whose try failed. */
    public sealed interface RowDecision {
        /** Tried again once {@code delay} has passed. */
        record RetryAfter(Duration delay) implements RowDecision {
        }

        /** Kept with its error, out of the indexer's way, until the product changes or the index is rebuilt. */
        record SetAside() implements RowDecision {
        }
    }

    /**
     * @param attemptsBefore         tries of the row before this one, outages included (they drive the backoff)
     * @param documentFailuresBefore of those, the tries OpenSearch refused the document
     * @param outage                 whether this try failed because OpenSearch could not take it
     */
    public RowDecision afterFailure(int attemptsBefore, int documentFailuresBefore, boolean outage) {
        if (!outage && documentFailuresBefore + 1 >= maxDocumentAttempts) {
            return new RowDecision.SetAside();
        }
        return new RowDecision.RetryAfter(backoff.delayAfter(attemptsBefore + 1));
    }

    /** The outage after one more try failed because OpenSearch could not take it, at {@code now}. */
    public Outage outageFailed(Outage current, Instant now) {
        int failures = current.failures() + 1;
        return new Outage(current.ongoing() ? current.since() : now, failures, now.plus(backoff.delayAfter(failures)));
    }

    /**
     * Whether indexing is paused by an outage: since when it lasts ({@code null} when there is
     * none), how many tries failed in a row, and until when the indexer waits before the next one.
     * It ends ({@link #NONE}) with the first batch OpenSearch takes.
     */
    public record Outage(Instant since, int failures, Instant pausedUntil) {

        public static final Outage NONE = new Outage(null, 0, Instant.EPOCH);

        public boolean ongoing() {
            return since != null;
        }

        public boolean paused(Instant now) {
            return now.isBefore(pausedUntil);
        }
    }
}
