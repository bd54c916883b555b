package io.pimento.imports;

import io.agroal.api.AgroalDataSource;
import io.pimento.jobs.JobRows;
import io.pimento.jobs.OrphanPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The job records: what the runner reports as it goes. Each update is its own short transaction,
 * independent of the catalog writes of the job (a job in all-or-nothing mode rolls its writes
 * back but its report stays).
 */
@ApplicationScoped
public class ImportJobs {

    private final AgroalDataSource dataSource;

    ImportJobs(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public ImportJob create(ImportJob job) {
        job.persist();
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> find(long id) {
        return ImportJob.findByIdOptional(id);
    }

    /** Moves a queued job to running; false when it was cancelled (or taken) meanwhile. */
    public boolean claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.update(
                "status = ?1, startedAt = ?2, heartbeatAt = ?2 where id = ?3 and status = ?4",
                ImportStatus.RUNNING, Instant.now(), id, ImportStatus.QUEUED) == 1);
    }

    /** Saves counters and new rejections; answers whether the job was asked to stop. */
    public boolean saveProgress(long id, String phase, Integer totalRows, Counters counters, List<Rejection> rejections) {
        return QuarkusTransaction.requiringNew().call(() -> {
            insertRejections(id, rejections);
            ImportJob job = ImportJob.findById(id);
            job.phase = phase;
            job.totalRows = totalRows;
            apply(job, counters);
            job.heartbeatAt = Instant.now();
            return job.cancelRequested;
        });
    }

    public void finish(long id, ImportStatus status, String message, Counters counters, List<Rejection> rejections) {
        QuarkusTransaction.requiringNew().call(() -> {
            insertRejections(id, rejections);
            ImportJob job = ImportJob.findById(id);
            job.status = status;
            job.phase = null;
            job.message = message;
            if (counters != null) {
                apply(job, counters);
            }
            job.finishedAt = Instant.now();
            job.workDir = null;
            return null;
        });
    }

    /**
     * Forgets the rejections of a pass whose writes were rolled back, so the report only lists
     * what the final pass found.
     */
    public void clearRejections(long id) {
        QuarkusTransaction.requiringNew().run(() -> ImportRejections.deleteOfJob(id));
    }

    /**
     * Cancels a queued job at once; a running one is asked to stop at its next batch.
     * Answers the job as it is now, or empty when there is no such job.
     */
    @Transactional
    public Optional<ImportJob> requestCancel(long id) {
        Optional<ImportJob> found = ImportJob.findByIdOptional(id);
        found.ifPresent(job -> {
            if (job.status == ImportStatus.QUEUED) {
                job.status = ImportStatus.CANCELLED;
                job.message = "cancelled before it started; nothing was imported";
                job.finishedAt = Instant.now();
            } else if (job.status == ImportStatus.RUNNING) {
                job.cancelRequested = true;
            }
        });
        return found;
    }

    /** How a job names itself as the bulk writer holding back the indexing of what it wrote. */
    public static String writerName(long jobId) {
        return "import-" + jobId;
    }

    /** Running jobs whose instance stopped beating: they will never finish, so say so. */
    @Transactional
    public int failOrphans(OrphanPolicy policy, List<Long> runningHere) {
        // the counters are those of the last progress saved, which is only saved between committed batches
        return ImportJob.update("status = :failed, finishedAt = :now, phase = null, message = concat(:before, cast(created + updated as String), :after) "
                        + "where " + OrphanPolicy.ORPHANED,
                policy.parameters(ImportStatus.RUNNING, runningHere)
                        .and("failed", ImportStatus.FAILED)
                        .and("before", "interrupted: the instance running this import stopped before it finished; the ")
                        .and("after", " row(s) counted as created or updated by then are saved (a batch being written at that moment"
                                + " was rolled back as a whole); import the file again to complete it: rows already saved come out unchanged"));
    }

    /** The folders of jobs that still need them (queued or running, on any instance). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> liveWorkDirs() {
        return ImportJob.<ImportJob>list("workDir is not null and status in ?1", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .stream().map(job -> job.workDir).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportJob> queued() {
        return ImportJob.list("status = ?1 order by id", ImportStatus.QUEUED);
    }

    private static void apply(ImportJob job, Counters counters) {
        job.read = counters.read();
        job.created = counters.created();
        job.updated = counters.updated();
        job.unchanged = counters.unchanged();
        job.rejected = counters.rejected();
    }

    private void insertRejections(long jobId, List<Rejection> rejections) {
        JobRows.insert(dataSource, "insert into import_rejection (job_id, line, cells, errors) values (?, ?, ?::jsonb, ?::jsonb) "
                + "on conflict (job_id, line) do update set errors = import_rejection.errors || excluded.errors", jobId, rejections,
                (insert, rejection) -> {
                    insert.setLong(2, rejection.line());
                    insert.setString(3, JobRows.json(rejection.cells()));
                    insert.setString(4, JobRows.json(rejection.reasons()));
                });
    }
}
