package io.pimento.imports;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.csv.CsvFile;
import io.pimento.csv.CsvRow;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports a file row by row through a catalog service, which checks each row exactly as an API
 * write does. Meant for files of hundreds or thousands of rows (structure, product models):
 * rows share a transaction per batch.
 *
 * <p>In a dry run the whole file runs in one transaction rolled back at the end, so a row can rely
 * on an earlier one (a category on its parent) exactly as in a real import. All-or-nothing uses
 * the same single transaction and commits it only when no row was rejected. When a refused row
 * spoils the transaction (services that mark it for rollback, or a race caught at flush time),
 * it is rolled back, the rows accepted so far are applied again in a fresh one, and the import
 * carries on.
 *
 * <p>An optional second pass ({@link #secondPass}) runs after every row was applied (association
 * links, so that a row may point at one further down the file).
 */
public abstract class RowByRowImporter implements Importer {

    private static final int BATCH_SIZE = 200;

    /** The job being run; importers run one job at a time per instance. */
    private ImportRun current;

    protected ImportRun currentRun() {
        return current;
    }

    /** Reads the header before any row; refuses (MalformedCsvException) a file whose columns mean nothing. */
    protected abstract void prepare(List<String> header);

    /** Creates or updates what the row describes; throws a ProblemException or RowRejectedException to refuse it. */
    protected abstract RowOutcome apply(CsvRow row);

    /** Whether {@link #secondPass} has anything to do for this row. */
    protected boolean needsSecondPass(CsvRow row) {
        return false;
    }

    /** Work done once every row was applied; problems are reported against the row but do not undo its first pass. */
    protected void secondPass(CsvRow row) {
    }

    /** What the second pass is called in the job's phase. */
    protected String secondPassPhase() {
        return "associating";
    }

    @Override
    public String run(ImportRun run) {
        current = run;
        List<String> header;
        int rows = 0;
        try (CsvFile csv = run.open()) {
            header = csv.header();
            for (CsvRow ignored : csv) {
                rows++;
            }
        }
        run.totalRows(rows);
        prepare(header);
        boolean oneTransaction = run.dryRun() || run.allOrNothing();
        Batch batch = new Batch(header.size(), run);
        java.util.Set<Long> rejectedLines = new java.util.HashSet<>();
        batch.begin();
        try {
            run.phase(run.dryRun() ? "validating" : "writing");
            try (CsvFile csv = run.open()) {
                for (CsvRow row : csv) {
                    run.read();
                    if (!importRow(run, batch, row)) {
                        rejectedLines.add(row.line());
                    }
                    batch.checkpoint(oneTransaction);
                }
            }
            batch.commitUnlessSingle(oneTransaction);
            runSecondPass(run, batch, rejectedLines, oneTransaction);
            if (run.dryRun() || (run.allOrNothing() && run.rejectedSoFar() > 0)) {
                batch.rollback();
            } else {
                batch.commit();
            }
        } catch (RuntimeException | Error e) {
            batch.rollback();
            throw e;
        }
        return summary(run);
    }

    private void runSecondPass(ImportRun run, Batch batch, java.util.Set<Long> rejectedLines, boolean oneTransaction) {
        boolean started = false;
        try (CsvFile csv = run.open()) {
            for (CsvRow row : csv) {
                if (rejectedLines.contains(row.line()) || !needsSecondPass(row)) {
                    continue;
                }
                if (!started) {
                    run.phase(secondPassPhase());
                    started = true;
                }
                try {
                    secondPass(row);
                    batch.accepted.add(new Accepted(row, true));
                } catch (RowRejectedException e) {
                    batch.recoverIfSpoiled();
                    run.report(row, e.reasons());
                } catch (ProblemException e) {
                    batch.recoverIfSpoiled();
                    run.report(row, reasons(e));
                }
                batch.checkpoint(oneTransaction);
            }
        }
    }

    private boolean importRow(ImportRun run, Batch batch, CsvRow row) {
        if (row.cells().size() != batch.columns) {
            run.reject(row, List.of("the row has %d cells but the header has %d columns".formatted(row.cells().size(), batch.columns)));
            return false;
        }
        try {
            RowOutcome outcome = apply(row);
            batch.accepted.add(new Accepted(row, false));
            if (run.dryRun() || run.allOrNothing()) {
                run.count(outcome);
            } else {
                batch.outcomes.add(outcome);
            }
            return true;
        } catch (RowRejectedException e) {
            batch.recoverIfSpoiled();
            run.reject(row, e.reasons());
        } catch (ProblemException e) {
            batch.recoverIfSpoiled();
            run.reject(row, reasons(e));
        }
        return false;
    }

    private static String summary(ImportRun run) {
        Counters c = run.counters();
        if (run.dryRun()) {
            return "dry run: %d row(s) would be created, %d updated, %d unchanged and %d rejected; nothing was written"
                    .formatted(c.created(), c.updated(), c.unchanged(), c.rejected());
        }
        if (run.allOrNothing() && c.rejected() > 0) {
            return "%d row(s) rejected, so nothing was written (all-or-nothing)".formatted(c.rejected());
        }
        return "%d created, %d updated, %d unchanged, %d rejected".formatted(c.created(), c.updated(), c.unchanged(), c.rejected());
    }

    /** "field: message" for each field error of a refusal, as the error report shows them. */
    public static List<String> reasons(ProblemException e) {
        if (e.errors().isEmpty()) {
            return List.of(e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        for (FieldError error : e.errors()) {
            reasons.add(error.field() == null || error.field().isBlank() ? error.message() : error.field() + ": " + error.message());
        }
        return reasons;
    }

    private record Accepted(CsvRow row, boolean secondPass) {
    }

    /** The open transaction, and what was applied in it (to replay after a spoiled row). */
    private final class Batch {
        private final int columns;
        private final ImportRun run;
        private final List<Accepted> accepted = new ArrayList<>();
        private final List<RowOutcome> outcomes = new ArrayList<>();

        Batch(int columns, ImportRun run) {
            this.columns = columns;
            this.run = run;
        }

        void begin() {
            QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(24 * 3600));
            accepted.clear();
            outcomes.clear();
        }

        /** A cancellation noticed here rolls back the open transaction: in single-transaction mode nothing is kept. */
        void checkpoint(boolean oneTransaction) {
            if (oneTransaction) {
                run.checkpoint();
            } else if (accepted.size() >= BATCH_SIZE) {
                commit();
                run.checkpoint();
                begin();
            }
        }

        void commitUnlessSingle(boolean oneTransaction) {
            if (!oneTransaction) {
                commit();
                begin();
            }
        }

        void commit() {
            QuarkusTransaction.commit();
            // counted once committed, so the counters never claim rows a failure rolled back
            outcomes.forEach(run::count);
            accepted.clear();
            outcomes.clear();
        }

        void rollback() {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            accepted.clear();
            outcomes.clear();
        }

        void recoverIfSpoiled() {
            if (!QuarkusTransaction.isRollbackOnly()) {
                return;
            }
            List<Accepted> replay = List.copyOf(accepted);
            QuarkusTransaction.rollback();
            QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(24 * 3600));
            for (Accepted done : replay) {
                if (done.secondPass()) {
                    secondPass(done.row());
                } else {
                    apply(done.row());
                }
            }
            accepted.addAll(replay);
        }
    }
}
