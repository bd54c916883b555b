package io.pimento.imports;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as the API shows it. {@code total} is known once the file was scanned; {@code progress}
 * (0-100), {@code rowsPerSecond} and {@code etaSeconds} are computed from the counters.
 */
public record ImportJobView(long id, String type, String status, String phase, String fileName,
                            boolean dryRun, boolean allOrNothing, Integer total, int read, int created,
                            int updated, int unchanged, int rejected, Integer progress, double rowsPerSecond,
                            Long etaSeconds, Instant createdAt, Instant startedAt, Instant finishedAt,
                            String createdBy, String message) {

    public static ImportJobView of(ImportJob job, Instant now) {
        Instant end = job.finishedAt != null ? job.finishedAt : now;
        double seconds = job.startedAt == null ? 0 : Math.max(Duration.between(job.startedAt, end).toMillis(), 1) / 1000.0;
        double rate = seconds == 0 ? 0 : Math.round(job.read / seconds * 10) / 10.0;
        Integer progress = null;
        Long eta = null;
        if (job.status == ImportStatus.COMPLETED) {
            progress = 100;
            eta = 0L;
        } else if (job.totalRows != null && job.totalRows > 0) {
            progress = (int) Math.min(100, job.read * 100L / job.totalRows);
            if (rate > 0 && !job.status.isFinished()) {
                eta = Math.round((job.totalRows - job.read) / rate);
            }
        }
        return new ImportJobView(job.id, job.type.code(), job.status.code(), job.phase, job.fileName, job.dryRun,
                job.allOrNothing, job.totalRows, job.read, job.created, job.updated, job.unchanged, job.rejected,
                progress, rate, eta, job.createdAt, job.startedAt, job.finishedAt, job.createdBy, job.message);
    }
}
