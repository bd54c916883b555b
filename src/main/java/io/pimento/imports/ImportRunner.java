package io.pimento.imports;

import io.pimento.csv.CatalogFileType;
import io.pimento.catalog.product.BulkWriteFinished;
import io.pimento.csv.Delimiter;
import io.pimento.csv.MalformedCsvException;
import io.pimento.jobs.JobWorker;
import io.pimento.jobs.OrphanPolicy;
import io.pimento.security.SecurityIdentities;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs import jobs in the background, one at a time per instance, in upload order. Jobs are
 * records, not threads: a job a stopped instance left running is marked failed (at start-up and
 * by a periodic sweep, once its heartbeat is stale), and queued jobs whose upload is still on this
 * instance's disk are picked up again at start-up.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** How {@link ImportUploads} names a job's folder (a random UUID); nothing else in the work folder is touched. */
    private static final java.util.regex.Pattern UPLOAD_FOLDER = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ImportJobs jobs;
    private final ImportConfig config;
    private final Map<CatalogFileType, Importer> importers;
    private final CurrentIdentityAssociation identity;
    private final Event<BulkWriteFinished> bulkWriteFinished;
    private final JobWorker worker = new JobWorker("pimento-import");

    ImportRunner(ImportJobs jobs, ImportConfig config, Instance<Importer> importers, CurrentIdentityAssociation identity,
                 Event<BulkWriteFinished> bulkWriteFinished) {
        this.jobs = jobs;
        this.config = config;
        this.importers = importers.stream().collect(Collectors.toMap(Importer::type, Function.identity()));
        this.identity = identity;
        this.bulkWriteFinished = bulkWriteFinished;
    }

    void onStart(@Observes StartupEvent event) {
        failOrphans();
        for (ImportJob job : jobs.queued()) {
            if (job.workDir != null && Files.isDirectory(Path.of(job.workDir))) {
                submit(job.id);
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    @Scheduled(every = "30s", delayed = "30s")
    void failOrphans() {
        int failed = jobs.failOrphans(OrphanPolicy.of(config.staleAfter()), worker.runningHere());
        if (failed > 0) {
            LOG.warnf("Marked %d orphaned import job(s) as failed", failed);
        }
        sweepWorkDir();
    }

    /**
     * Removes upload folders no queued or running job needs and nothing wrote to for
     * {@code pimento.imports.stale-after}: those of jobs a stopped instance left behind, of jobs
     * cancelled while queued elsewhere, and of uploads interrupted while they were unpacked.
     * A job's own folder is removed as soon as it has run, and a refused upload's at once.
     */
    void sweepWorkDir() {
        Path root = config.workDir();
        if (!Files.isDirectory(root)) {
            return;
        }
        Set<String> live = jobs.liveWorkDirs().stream().map(dir -> Path.of(dir).getFileName().toString()).collect(Collectors.toSet());
        Instant staleBefore = OrphanPolicy.of(config.staleAfter()).staleBefore();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory)
                    .filter(folder -> UPLOAD_FOLDER.matcher(folder.getFileName().toString()).matches())
                    .filter(folder -> !live.contains(folder.getFileName().toString()))
                    .filter(folder -> lastWrite(folder).isBefore(staleBefore))
                    .forEach(folder -> {
                        LOG.infof("Removing the abandoned import upload folder %s", folder);
                        deleteQuietly(folder);
                    });
        } catch (IOException e) {
            LOG.debugf("could not sweep %s: %s", root, e.getMessage());
        }
    }

    /** The newest modification time of anything in the folder (a file being unpacked is recent). */
    private static Instant lastWrite(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.map(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                    return Instant.now();
                }
            }).max(Instant::compareTo).orElse(Instant.now());
        } catch (IOException e) {
            return Instant.now();
        }
    }

    public boolean supports(CatalogFileType type) {
        return importers.containsKey(type);
    }

    /** Queues the job on this instance; call it once the job's record is committed. */
    public void submit(long jobId) {
        worker.submit(() -> run(jobId));
    }

    @ActivateRequestContext
    void run(long jobId) {
        if (!jobs.claim(jobId)) {
            // cancelled while queued: only its upload is left to clean
            jobs.find(jobId).map(j -> j.workDir).map(Path::of).ifPresent(ImportRunner::deleteQuietly);
            return;
        }
        worker.runClaimed(jobId, () -> runClaimed(jobId));
    }

    private void runClaimed(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        Path workDir = job.workDir == null ? null : Path.of(job.workDir);
        ImportRun run = null;
        try {
            actAs(job.createdBy);
            Importer importer = importers.get(job.type);
            if (importer == null) {
                throw new IllegalStateException("no importer for " + job.type.code());
            }
            run = newRun(job, workDir);
            String message;
            try {
                message = importer.run(run);
            } finally {
                // what the job wrote, it held back from the search index: index it now, however the job ends
                bulkWriteFinished.fire(new BulkWriteFinished(ImportJobs.writerName(jobId)));
            }
            jobs.finish(jobId, ImportStatus.COMPLETED, message, run.counters(), run.drainPending());
        } catch (ImportCancelledException e) {
            jobs.finish(jobId, ImportStatus.CANCELLED, cancelledMessage(job, run), run == null ? null : run.counters(),
                    run == null ? List.of() : run.drainPending());
        } catch (MalformedCsvException e) {
            jobs.finish(jobId, ImportStatus.FAILED, "the file was refused: " + e.getMessage()
                    + (job.allOrNothing || job.dryRun ? "; nothing was written" : rowsKeptNote(run)), run == null ? null : run.counters(),
                    run == null ? List.of() : run.drainPending());
        } catch (RuntimeException | Error e) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import job %d failed unexpectedly (error id %s)", jobId, errorId);
            jobs.finish(jobId, ImportStatus.FAILED, "the import stopped on an unexpected error (error id " + errorId + ")"
                    + rowsKeptNote(run), run == null ? null : run.counters(), run == null ? List.of() : run.drainPending());
        } finally {
            deleteQuietly(workDir);
        }
    }

    private ImportRun newRun(ImportJob job, Path workDir) {
        Path csv = ImportUploads.csvOf(workDir);
        Path media = workDir.resolve(ImportUploads.MEDIA_FOLDER);
        return new ImportRun(job.id, job.type, csv, Files.isDirectory(media) ? Optional.of(media) : Optional.empty(),
                Delimiter.parse(job.delimiter).orElse(null), job.dryRun, job.allOrNothing, job.createdBy, jobs,
                config.progressInterval());
    }

    private static String cancelledMessage(ImportJob job, ImportRun run) {
        if (job.dryRun) {
            return "cancelled; a dry run writes nothing";
        }
        if (job.allOrNothing) {
            return "cancelled; nothing was written (all-or-nothing)";
        }
        return "cancelled" + rowsKeptNote(run);
    }

    private static String rowsKeptNote(ImportRun run) {
        if (run == null) {
            return "";
        }
        Counters c = run.counters();
        return "; the %d row(s) saved before that are kept (%d created, %d updated)".formatted(
                c.created() + c.updated(), c.created(), c.updated());
    }

    /** Runs the job as the user who uploaded it, so services check their rights and history names them. */
    private void actAs(String username) {
        identity.setIdentity(SecurityIdentities.actingAs(username));
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debugf("could not delete %s: %s", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.debugf("could not clean %s: %s", dir, e.getMessage());
        }
    }
}
