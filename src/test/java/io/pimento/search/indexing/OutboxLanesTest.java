package io.pimento.search.indexing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxLanesTest {

    private final OutboxLanes lanes = OutboxLanes.of(500, 0.2);

    /**
     * One batch of 500 with 100 kept for bulk work: given how many rows each lane has due, how many
     * of each the batch takes. Interactive rows go first, bulk keeps its reserve but takes no more
     * beside edits (a small batch is acknowledged sooner), and either lane fills the batch when the
     * other has nothing due.
     */
    @ParameterizedTest(name = "{0} interactive and {1} bulk due: takes {2} interactive and {3} bulk")
    @CsvSource({
            // interactive due, bulk due, interactive taken, bulk taken
            "0,      0,      0,   0",
            "3,      100000, 3,   100",   // an edit during a reindex: in the very next batch, a small one
            "10000,  100000, 400, 100",   // a stream of edits cannot starve the reindex
            "10000,  40,     460, 40",    // bulk leaves part of its reserve: edits take it
            "10000,  0,      500, 0",
            "0,      100000, 0,   500",
            "400,    100000, 400, 100",
            "401,    100000, 400, 100",   // the 401st edit waits for the next batch, not for the backlog
    })
    void shouldShareABatchBetweenTheLanes(int interactiveDue, int bulkDue, int interactiveTaken, int bulkTaken) {
        int interactive = Math.min(interactiveDue, lanes.interactiveFirst());
        int bulk = Math.min(bulkDue, lanes.bulkAfter(interactive));
        interactive += Math.min(interactiveDue - interactive, lanes.interactiveTopUp(interactive, bulk));

        assertThat(interactive).as("interactive rows").isEqualTo(interactiveTaken);
        assertThat(bulk).as("bulk rows").isEqualTo(bulkTaken);
    }

    @ParameterizedTest(name = "{0} interactive and {1} bulk taken: full {2}")
    @CsvSource({"0, 500, true", "0, 20, false", "3, 100, true", "3, 40, false", "400, 100, true", "460, 40, true", "0, 0, false"})
    void shouldSayWhenMoreRowsAreWaiting(int interactive, int bulk, boolean full) {
        assertThat(lanes.full(interactive, bulk)).isEqualTo(full);
    }

    @ParameterizedTest(name = "batch {0}, share {1}: reserve {2}")
    @CsvSource({"500, 0.2, 100", "500, 0, 0", "1, 0.5, 0", "2, 0.2, 1", "10, 0.99, 9", "3, 0.01, 1"})
    void shouldReserveAShareOfTheBatchForBulkWork(int batchSize, double share, int reserve) {
        assertThat(OutboxLanes.of(batchSize, share).bulkReserve()).isEqualTo(reserve);
    }

    @Test
    void shouldRefuseAShareThatLeavesNothingForEdits() {
        assertThatThrownBy(() -> OutboxLanes.of(500, 1.0)).hasMessageContaining("bulk share");
    }
}
