package io.pimento.bulkactions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A bulk action job as the API and the job page show it; {@code failures} lists the first
 * {@value BulkActionJobs#FAILURES_SHOWN} products the action could not be applied to.
 */
public record BulkActionView(long id, String status, BulkAction action, String description,
                             @JsonProperty("selected_by") String selectedBy, Integer total, int processed, int changed,
                             int unchanged, int failed, String message, @JsonProperty("created_by") String createdBy,
                             @JsonProperty("created_at") Instant createdAt, @JsonProperty("finished_at") Instant finishedAt,
                             List<BulkActionFailure> failures) {

    static BulkActionView of(BulkActionJob job, List<BulkActionFailure> failures) {
        return new BulkActionView(job.id, job.status.code(), job.action, job.action.describe(),
                job.selection.byQuery() ? "query" : "identifiers", job.total, job.processed, job.changed, job.unchanged,
                job.failed, job.message, job.createdBy, job.createdAt, job.finishedAt, failures);
    }

    @JsonIgnore
    public boolean finished() {
        return BulkActionStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)).finished();
    }

    /** Done so far, in percent (0 until the selection is resolved). */
    @JsonIgnore
    public int percent() {
        if (BulkActionStatus.COMPLETED.code().equals(status)) {
            return 100;
        }
        return total == null || total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
    }
}
