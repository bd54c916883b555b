package io.pimento.search.indexing;

/**
 * How one indexing batch shares its rows between the two lanes of {@code search_outbox}.
 * Interactive rows (API and UI writes) go first, so an edit is searchable in seconds even behind
 * a reindex of every product; but {@code bulkReserve} rows of every batch stay for bulk work
 * (imports, refreshes, reindex) while it waits, so a steady stream of edits cannot starve it.
 * A batch that carries edits takes no more bulk rows than the reserve: OpenSearch acknowledges a
 * batch as a whole, so a small batch is what makes the edits quick. The interactive lane takes
 * the whole batch when bulk has nothing due, and bulk when there is no edit.
 *
 * @param batchSize   rows claimed per batch
 * @param bulkReserve rows of a batch kept for bulk work when both lanes have rows due
 */
public record OutboxLanes(int batchSize, int bulkReserve) {

    public OutboxLanes {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (bulkReserve < 0 || bulkReserve >= batchSize && batchSize > 1) {
            throw new IllegalArgumentException("bulk reserve must be between 0 and the batch size (" + batchSize
                    + ") exclusive, was " + bulkReserve);
        }
    }

    /** A reserve of {@code bulkShare} (0 to 1) of the batch, at least one row when the share is not 0. */
    public static OutboxLanes of(int batchSize, double bulkShare) {
        if (bulkShare < 0 || bulkShare >= 1) {
            throw new IllegalArgumentException("bulk share must be in [0, 1), was " + bulkShare);
        }
        int reserve = bulkShare == 0 || batchSize == 1 ? 0 : Math.max(1, (int) Math.round(batchSize * bulkShare));
        return new OutboxLanes(batchSize, Math.min(reserve, Math.max(0, batchSize - 1)));
    }

    /** Interactive rows to claim first. */
    public int interactiveFirst() {
        return batchSize - bulkReserve;
    }

    /** Bulk rows to claim once {@code interactiveClaimed} interactive rows are. */
    public int bulkAfter(int interactiveClaimed) {
        return interactiveClaimed == 0 ? batchSize : Math.min(bulkReserve, batchSize - interactiveClaimed);
    }

    /**
     * More interactive rows to claim when bulk work left part of its reserve unused: only if the
     * interactive lane filled its first share (else it has nothing more due).
     */
    public int interactiveTopUp(int interactiveClaimed, int bulkClaimed) {
        if (interactiveClaimed < interactiveFirst()) {
            return 0;
        }
        return batchSize - interactiveClaimed - bulkClaimed;
    }

    /** Whether a lane had more rows due than the batch took, so the next batch should follow at once. */
    public boolean full(int interactiveClaimed, int bulkClaimed) {
        return interactiveClaimed + bulkClaimed >= batchSize
                || bulkClaimed >= bulkAfter(Math.min(interactiveClaimed, interactiveFirst())) && bulkClaimed > 0;
    }
}
