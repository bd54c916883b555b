package io.pimento.imports;

import io.pimento.csv.CatalogFileType;
import io.pimento.common.BadRequestException;
import io.pimento.common.ConflictException;
import io.pimento.common.NotFoundException;
import io.pimento.csv.Delimiter;
import io.pimento.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Starts, follows and cancels import jobs. */
@ApplicationScoped
public class ImportService {

    private final ImportJobs jobs;
    private final ImportUploads uploads;
    private final ImportRunner runner;
    private final ImportRejections rejections;
    private final SecurityIdentity identity;

    ImportService(ImportJobs jobs, ImportUploads uploads, ImportRunner runner, ImportRejections rejections, SecurityIdentity identity) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.runner = runner;
        this.rejections = rejections;
        this.identity = identity;
    }

    /** The options of an upload, as the form sent them. */
    public record ImportRequest(Path file, String fileName, String type, boolean dryRun, boolean allOrNothing, String delimiter) {
    }

    public ImportJobView start(ImportRequest request) {
        CatalogFileType type = typeOf(request);
        if (type.isStructure() && !identity.hasRole(Role.ADMIN_CODE)) {
            throw new ForbiddenException("only administrators import catalog structure");
        }
        return enqueue(request, type, identity.getPrincipal().getName());
    }

    /**
     * Starts an import on behalf of a user outside any HTTP request (the demo catalog at start-up).
     * The job still runs with that user's rights, as any other job.
     */
    public ImportJobView startAs(String username, ImportRequest request) {
        return enqueue(request, typeOf(request), username);
    }

    private CatalogFileType typeOf(ImportRequest request) {
        if (request.file() == null) {
            throw BadRequestException.of("file", "send the CSV (or a ZIP of the CSV and its media) in the 'file' field");
        }
        CatalogFileType type = CatalogFileType.fromCode(request.type()).orElseThrow(() -> BadRequestException.of("type",
                request.type() == null || request.type().isBlank()
                        ? "the 'type' field is required; one of " + CatalogFileType.allCodes()
                        : "'%s' is not an import type; use one of %s".formatted(request.type(), CatalogFileType.allCodes())));
        if (!runner.supports(type)) {
            throw BadRequestException.of("type", "importing %s is not available yet".formatted(type.code()));
        }
        return type;
    }

    private ImportJobView enqueue(ImportRequest request, CatalogFileType type, String author) {
        Delimiter delimiter = null;
        if (request.delimiter() != null && !request.delimiter().isEmpty()) {
            delimiter = Delimiter.parse(request.delimiter()).orElseThrow(() -> BadRequestException.of("delimiter",
                    "'%s' is not a delimiter; use ';', ',' or tab".formatted(request.delimiter())));
        }
        ImportUploads.Prepared prepared = uploads.prepare(request.file(), request.fileName(), type, delimiter);
        ImportJob job = new ImportJob();
        job.type = type;
        job.fileName = request.fileName();
        job.workDir = prepared.workDir().toString();
        job.delimiter = String.valueOf(prepared.delimiter().character());
        job.header = prepared.header();
        job.dryRun = request.dryRun();
        job.allOrNothing = request.allOrNothing();
        job.createdBy = author;
        try {
            jobs.create(job);
        } catch (RuntimeException e) {
            ImportRunner.deleteQuietly(prepared.workDir());
            throw e;
        }
        runner.submit(job.id);
        return ImportJobView.of(job, Instant.now());
    }

    public ImportJobView get(long id) {
        return ImportJobView.of(find(id), Instant.now());
    }

    public List<ImportJobView> recent(int limit) {
        Instant now = Instant.now();
        return QuarkusTransaction.joiningExisting().call(() -> ImportJob.<ImportJob>find("order by id desc").page(0, limit).list())
                .stream().map(job -> ImportJobView.of(job, now)).toList();
    }

    /** Cancels a job: only the one who started it, or an admin, may (an editor may not stop an admin's structure import). */
    public ImportJobView cancel(long id) {
        ImportJob started = find(id);
        String caller = identity.getPrincipal().getName();
        if (!caller.equalsIgnoreCase(started.createdBy) && !identity.hasRole(Role.ADMIN_CODE)) {
            throw new ForbiddenException("import %d was started by %s; only they or an administrator may cancel it"
                    .formatted(id, started.createdBy));
        }
        ImportJob job = jobs.requestCancel(id).orElseThrow(() -> NotFoundException.of("import", String.valueOf(id)));
        if (job.status == ImportStatus.COMPLETED || job.status == ImportStatus.FAILED) {
            throw new ConflictException("import %d has already %s; there is nothing to cancel".formatted(id, job.status.code()));
        }
        return ImportJobView.of(job, Instant.now());
    }

    public void writeErrors(long id, OutputStream out) {
        rejections.writeCsv(find(id), out);
    }

    public ImportJob find(long id) {
        return jobs.find(id).orElseThrow(() -> NotFoundException.of("import", String.valueOf(id)));
    }
}
