package io.pimento.search.indexing;

/**
 * How many outbox rows the next batch claims. It halves when OpenSearch times out or pushes back
 * (HTTP 429), down to {@code floor}, and doubles back up to {@code ceiling} with each batch that
 * succeeds. A bulk request of 500 large documents that OpenSearch cannot take in time would
 * otherwise be retried as it is, and in flight again, over and over; smaller batches get through.
 */
final class BatchSizer {

    private final int floor;
    private final int ceiling;
    private int current;

    BatchSizer(int floor, int ceiling) {
        if (floor < 1 || ceiling < floor) {
            throw new IllegalArgumentException("need 1 <= floor <= ceiling, got " + floor + " and " + ceiling);
        }
        this.floor = floor;
        this.ceiling = ceiling;
        this.current = ceiling;
    }

    synchronized int current() {
        return current;
    }

    synchronized void overloaded() {
        current = Math.max(floor, current / 2);
    }

    synchronized void succeeded() {
        current = (int) Math.min(ceiling, current * 2L);
    }
}
