package io.pimento.search.indexing;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** The state of the last full rebuild: {@code idle}, {@code running}, {@code done} or {@code failed}. */
public record ReindexStatus(String status,
                            @JsonProperty("started_at") Instant startedAt,
                            @JsonProperty("finished_at") Instant finishedAt,
                            long documents,
                            String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public boolean running() {
        return RUNNING.equals(status);
    }
}
