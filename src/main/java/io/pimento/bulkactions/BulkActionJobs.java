package io.pimento.bulkactions;

import io.agroal.api.AgroalDataSource;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.jobs.JobRows;
import io.pimento.jobs.OrphanPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The job records, as {@code ImportJobs} keeps those of imports: each update is its own short
 * transaction, apart from the catalog writes of the job, so any instance can show the progress.
 */
@ApplicationScoped
public class BulkActionJobs {

    static final int FAILURES_SHOWN = 100;

    private final AgroalDataSource dataSource;

    BulkActionJobs(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counters of a running job, saved between chunks. */
    record Counters(int processed, int changed, int unchanged, int failed) {
    }

    /** How a job names itself as the bulk writer holding back the indexing of what it changed (as imports do). */
    static String writerName(long jobId) {
        return "bulk-action-" + jobId;
    }

    @Transactional
    public BulkActionJob create(BulkActionJob job) {
        job.persist();
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BulkActionView> view(long id) {
        return BulkActionJob.<BulkActionJob>findByIdOptional(id).map(job -> BulkActionView.of(job, failures(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BulkActionJob> find(long id) {
        return BulkActionJob.findByIdOptional(id);
    }

    /** Moves a queued job to running; false when another instance took it. */
    boolean claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> BulkActionJob.update(
                "status = ?1, startedAt = ?2, heartbeatAt = ?2 where id = ?3 and status = ?4",
                BulkActionStatus.RUNNING, Instant.now(), id, BulkActionStatus.QUEUED) == 1);
    }

    void resolved(long id, int total) {
        QuarkusTransaction.requiringNew().run(() -> BulkActionJob.update("total = ?1, heartbeatAt = ?2 where id = ?3",
                total, Instant.now(), id));
    }

    void beat(long id) {
        QuarkusTransaction.requiringNew().run(() -> BulkActionJob.update("heartbeatAt = ?1 where id = ?2", Instant.now(), id));
    }

    void saveProgress(long id, Counters counters, List<BulkActionFailure> failures) {
        QuarkusTransaction.requiringNew().call(() -> {
            insertFailures(id, failures);
            BulkActionJob job = BulkActionJob.findById(id);
            apply(job, counters);
            job.heartbeatAt = Instant.now();
            return null;
        });
    }

    void finish(long id, BulkActionStatus status, String message, Counters counters) {
        QuarkusTransaction.requiringNew().run(() -> {
            BulkActionJob job = BulkActionJob.findById(id);
            job.status = status;
            job.message = message;
            if (counters != null) {
                apply(job, counters);
            }
            job.finishedAt = Instant.now();
        });
    }

    /** Running jobs whose instance stopped beating will never finish: say so, as imports do. */
    @Transactional
    int failOrphans(OrphanPolicy policy, List<Long> runningHere) {
        // the counters are those saved after the last committed chunk, so they tell what was done
        return BulkActionJob.update("status = :interrupted, finishedAt = :now, message = :message where " + OrphanPolicy.ORPHANED,
                policy.parameters(BulkActionStatus.RUNNING, runningHere)
                        .and("interrupted", BulkActionStatus.INTERRUPTED)
                        .and("message", "interrupted: the instance running this action stopped before it finished; the products"
                                + " counted as processed are done (a chunk being written at that moment was rolled back as a whole);"
                                + " run the action again for the rest"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BulkActionView> recent(int limit) {
        return BulkActionJob.<BulkActionJob>find("order by id desc").page(0, limit).list().stream()
                .map(job -> BulkActionView.of(job, List.of())).toList();
    }

    private static void apply(BulkActionJob job, Counters counters) {
        job.processed = counters.processed();
        job.changed = counters.changed();
        job.unchanged = counters.unchanged();
        job.failed = counters.failed();
    }

    private List<BulkActionFailure> failures(long jobId) {
        List<BulkActionFailure> failures = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select identifier, message, errors from bulk_action_failure where job_id = ? order by identifier limit ?")) {
            select.setLong(1, jobId);
            select.setInt(2, FAILURES_SHOWN);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    failures.add(new BulkActionFailure(rows.getString(1), rows.getString(2), List.of(
                            DatabaseJsonFormat.MAPPER.readValue(rows.getString(3), io.pimento.common.FieldError[].class))));
                }
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return failures;
    }

    private void insertFailures(long jobId, List<BulkActionFailure> failures) {
        JobRows.insert(dataSource, "insert into bulk_action_failure (job_id, identifier, message, errors) values (?, ?, ?, ?::jsonb) "
                + "on conflict (job_id, identifier) do nothing", jobId, failures, (insert, failure) -> {
            insert.setString(2, failure.identifier());
            insert.setString(3, failure.message());
            insert.setString(4, JobRows.json(failure.errors() == null ? List.of() : failure.errors()));
        });
    }
}
