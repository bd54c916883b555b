package io.pimento.imports;

import io.pimento.csv.CatalogFileType;
import io.pimento.csv.CsvFile;
import io.pimento.csv.CsvRow;
import io.pimento.csv.Delimiter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One execution of a job, as importers see it: the file to read (as often as they need), the
 * options, and the counters they move. Progress is saved at most every progress interval, and
 * that is also when a cancellation is noticed.
 */
public final class ImportRun {

    private final long jobId;
    private final CatalogFileType type;
    private final Path csv;
    private final Optional<Path> mediaRoot;
    private final Delimiter delimiter;
    private final boolean dryRun;
    private final boolean allOrNothing;
    private final String author;
    private final ImportJobs jobs;
    private final long progressIntervalNanos;

    private String phase = "scanning";
    private Integer totalRows;
    private int read;
    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private final List<Rejection> pending = new ArrayList<>();
    private long lastSave = System.nanoTime();

    ImportRun(long jobId, CatalogFileType type, Path csv, Optional<Path> mediaRoot, Delimiter delimiter,
              boolean dryRun, boolean allOrNothing, String author, ImportJobs jobs, Duration progressInterval) {
        this.jobId = jobId;
        this.type = type;
        this.csv = csv;
        this.mediaRoot = mediaRoot;
        this.delimiter = delimiter;
        this.dryRun = dryRun;
        this.allOrNothing = allOrNothing;
        this.author = author;
        this.jobs = jobs;
        this.progressIntervalNanos = progressInterval.toNanos();
    }

    public long jobId() {
        return jobId;
    }

    public CatalogFileType type() {
        return type;
    }

    /** Opens the uploaded CSV from its first row; close it when done. */
    public CsvFile open() {
        return CsvFile.open(csv, delimiter);
    }

    /** The folder holding the media files of an uploaded ZIP, if the upload was one. */
    public Optional<Path> mediaRoot() {
        return mediaRoot;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public boolean allOrNothing() {
        return allOrNothing;
    }

    /** Whoever uploaded the file: history entries name them. */
    public String author() {
        return author;
    }

    public void phase(String phase) {
        this.phase = phase;
        save();
    }

    public void totalRows(int total) {
        this.totalRows = total;
    }

    public void read() {
        read++;
    }

    public void count(RowOutcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    public void reject(CsvRow row, List<String> reasons) {
        rejected++;
        pending.add(new Rejection(row.line(), row.cells(), reasons));
    }

    /** A problem found after the row was counted (an association target that never came): reported, not counted twice. */
    public void report(CsvRow row, List<String> reasons) {
        pending.add(new Rejection(row.line(), row.cells(), reasons));
    }

    public int rejectedSoFar() {
        return rejected;
    }

    public Counters counters() {
        return new Counters(read, created, updated, unchanged, rejected);
    }

    /**
     * Starts counting again for a second pass over the file (the write pass of an all-or-nothing
     * import), forgetting the first pass's report.
     */
    public void restartCounting() {
        read = created = updated = unchanged = rejected = 0;
        pending.clear();
        jobs.clearRejections(jobId);
    }

    /**
     * Called between batches: saves progress when it is due and stops the job if it was
     * cancelled. Never call it with uncommitted work the caller wants to keep.
     */
    public void checkpoint() {
        if (System.nanoTime() - lastSave >= progressIntervalNanos || pending.size() >= 1000) {
            save();
        }
    }

    void save() {
        boolean cancel = jobs.saveProgress(jobId, phase, totalRows, counters(), List.copyOf(pending));
        pending.clear();
        lastSave = System.nanoTime();
        if (cancel) {
            throw new ImportCancelledException();
        }
    }

    List<Rejection> drainPending() {
        List<Rejection> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
