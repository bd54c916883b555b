package io.pimento.imports.product;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.Callers;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.ProductReferences;
import io.pimento.catalog.product.ProductsChanged;
import io.pimento.catalog.product.StatusPolicy;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.validation.UniqueValueCheck;
import io.pimento.common.FieldError;
import io.pimento.csv.CsvFile;
import io.pimento.csv.CsvRow;
import io.pimento.csv.ProductColumns;
import io.pimento.history.FieldChange;
import io.pimento.imports.Counters;
import io.pimento.imports.ImportConfig;
import io.pimento.imports.ImportJobs;
import io.pimento.imports.ImportRun;
import io.pimento.csv.CatalogFileType;
import io.pimento.imports.Importer;
import io.pimento.imports.MediaCells;
import io.pimento.media.MediaStore;
import io.pimento.imports.RowOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports products. The file is read three times, streaming: a scan (row count, repeated
 * identifiers, the identifiers association columns may point at), the main pass in batches, and
 * an association pass once every row is saved. Each batch of the main pass is one transaction:
 * its rows are checked like API writes, unchanged products are left alone (no version, history
 * or re-indexing), the others written with COPY and set-based SQL, their history recorded and
 * {@link ProductsChanged} fired for them only.
 *
 * <p>A dry run checks every row without writing. All-or-nothing first checks every row the same
 * way; only if none is rejected does it write, in a single transaction.
 */
@ApplicationScoped
public class ProductImporter implements Importer {

    private final CatalogSchemas schemas;
    private final ProductStore store;
    private final ModelLineages lineages;
    private final ProductReferences references;
    private final UniqueValueCheck uniqueValues;
    private final MediaStore mediaStore;
    private final Callers callers;
    private final Event<ProductsChanged> productsChanged;
    private final ImportConfig config;

    ProductImporter(CatalogSchemas schemas, ProductStore store, ModelLineages lineages, ProductReferences references,
                    UniqueValueCheck uniqueValues, MediaStore mediaStore, Callers callers, Event<ProductsChanged> productsChanged,
                    ImportConfig config) {
        this.schemas = schemas;
        this.store = store;
        this.lineages = lineages;
        this.references = references;
        this.uniqueValues = uniqueValues;
        this.mediaStore = mediaStore;
        this.callers = callers;
        this.productsChanged = productsChanged;
        this.config = config;
    }

    @Override
    public CatalogFileType type() {
        return CatalogFileType.PRODUCTS;
    }

    @Override
    public String run(ImportRun run) {
        CatalogSchema schema = schemas.current();
        ProductColumns columns;
        try (CsvFile csv = run.open()) {
            columns = ProductColumns.parse(csv.header(), schema, ProductColumns.Owner.PRODUCT);
        }
        run.phase("scanning");
        FileIndex index = FileIndex.scan(run, columns);
        boolean mayApprove = callers.mayApprove();
        if (run.dryRun() || run.allOrNothing()) {
            run.phase("validating");
            Set<Long> rejectedLines = mainPass(run, columns, QuarkusTransaction.requiringNew().call(() ->
                    batches(schema, columns, index, run, false, mayApprove)), false, false);
            if (run.dryRun()) {
                Counters c = run.counters();
                return "dry run: %d product(s) would be created, %d updated, %d unchanged and %d rejected; nothing was written"
                        .formatted(c.created(), c.updated(), c.unchanged(), c.rejected());
            }
            if (!rejectedLines.isEmpty()) {
                return "%d row(s) rejected, so nothing was written (all-or-nothing)".formatted(rejectedLines.size());
            }
            run.restartCounting();
            run.phase("writing");
            QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(24 * 3600));
            try {
                ProductBatches batches = batches(schema, columns, index, run, true, mayApprove);
                Set<Long> rejected = mainPass(run, columns, batches, true, true);
                associationPass(run, columns, schema, rejected, mayApprove, true);
                QuarkusTransaction.commit();
            } catch (RuntimeException | Error e) {
                QuarkusTransaction.rollback();
                throw e;
            }
            return summary(run);
        }
        run.phase("writing");
        ProductBatches batches = QuarkusTransaction.requiringNew().call(() -> batches(schema, columns, index, run, true, mayApprove));
        Set<Long> rejected = mainPass(run, columns, batches, true, false);
        associationPass(run, columns, schema, rejected, mayApprove, false);
        return summary(run);
    }

    private ProductBatches batches(CatalogSchema schema, ProductColumns columns, FileIndex index, ImportRun run, boolean write, boolean mayApprove) {
        return new ProductBatches(schema, columns, index, store, lineages, references, uniqueValues,
                new MediaCells(mediaStore, run.mediaRoot(), write), mayApprove);
    }

    /**
     * Reads the file in batches, checks each and (when writing) stores it; answers the lines rejected.
     * Batches are written on other threads ({@code pimento.imports.writers}, one transaction each)
     * while the next one is read and checked, so parsing and validation (CPU in this JVM) overlap
     * with PostgreSQL's work. A batch's rows are counted (and cancellation noticed) once it is
     * committed, in file order.
     *
     * @param inOpenTransaction true when the caller holds the one transaction of an all-or-nothing
     *                          write: everything then runs on this thread, in that transaction
     */
    private Set<Long> mainPass(ImportRun run, ProductColumns columns, ProductBatches batches, boolean write, boolean inOpenTransaction) {
        Set<Long> rejectedLines = new HashSet<>();
        String author = run.author();
        int writers = Math.max(1, config.writers());
        ExecutorService writer = write && !inOpenTransaction ? Executors.newFixedThreadPool(writers, r -> {
            Thread thread = new Thread(r, "pimento-import-writer");
            thread.setDaemon(true);
            return thread;
        }) : null;
        Deque<InFlight> inFlight = new ArrayDeque<>();
        StringBuilder scratch = new StringBuilder(16 * 1024);
        try (CsvFile csv = run.open()) {
            List<ContentRow> batch = new ArrayList<>(config.batchSize());
            Iterator<CsvRow> rows = csv.iterator();
            while (rows.hasNext() || !batch.isEmpty()) {
                if (rows.hasNext()) {
                    batch.add(new ContentRow(columns, rows.next()));
                    if (batch.size() < config.batchSize() && rows.hasNext()) {
                        continue;
                    }
                }
                List<ContentRow> current = batch;
                batch = new ArrayList<>(config.batchSize());
                ProductBatches.Result result = inOpenTransaction ? batches.prepare(current)
                        : QuarkusTransaction.requiringNew().call(() -> batches.prepare(current));
                if (write) {
                    // serialised here, while earlier batches are written, not on the writers' critical path
                    for (ProductDraft draft : result.drafts()) {
                        if (draft.outcome() != RowOutcome.UNCHANGED) {
                            draft.encode(author, scratch);
                        }
                    }
                }
                while (inFlight.size() >= writers) {
                    complete(run, inFlight.removeFirst(), write, rejectedLines);
                }
                if (!write) {
                    complete(run, new InFlight(current, result, CompletableFuture.completedFuture(Map.of())), false, rejectedLines);
                } else if (writer == null) {
                    complete(run, new InFlight(current, result, CompletableFuture.completedFuture(writeBatch(result, author, run.jobId()))), true, rejectedLines);
                } else {
                    inFlight.addLast(new InFlight(current, result, CompletableFuture.supplyAsync(
                            () -> QuarkusTransaction.requiringNew().call(() -> writeBatch(result, author, run.jobId())), writer)));
                }
            }
            while (!inFlight.isEmpty()) {
                complete(run, inFlight.removeFirst(), write, rejectedLines);
            }
        } finally {
            if (writer != null) {
                // stopped by a failure or a cancellation: let the batches in flight finish rather than cut
                // them off, and count those committed so the job tells what was kept
                for (InFlight batch : inFlight) {
                    Map<Long, Long> written = batch.written().exceptionally(e -> null).join();
                    if (written != null) {
                        count(run, batch, written, true, rejectedLines);
                    }
                }
                writer.shutdown();
            }
        }
        return rejectedLines;
    }

    /** A prepared batch and its write, possibly still running. */
    private record InFlight(List<ContentRow> rows, ProductBatches.Result result, CompletableFuture<Map<Long, Long>> written) {
    }

    /** Waits for the batch's write, then counts its rows and saves progress (noticing a cancellation). */
    private void complete(ImportRun run, InFlight batch, boolean write, Set<Long> rejectedLines) {
        Map<Long, Long> written;
        try {
            written = batch.written().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        count(run, batch, written, write, rejectedLines);
        run.checkpoint();
    }

    private void count(ImportRun run, InFlight batch, Map<Long, Long> written, boolean write, Set<Long> rejectedLines) {
        for (ContentRow row : batch.rows()) {
            run.read();
        }
        for (ProductDraft draft : batch.result().drafts()) {
            RowOutcome outcome = draft.outcome();
            if (write && outcome != RowOutcome.UNCHANGED && !written.containsKey(draft.row().line())) {
                rejectedLines.add(draft.row().line());
                run.reject(draft.row().row(), List.of("product '%s' was changed by someone else during the import; import the row again"
                        .formatted(draft.identifier())));
            } else {
                run.count(outcome);
            }
        }
        batch.result().rejected().forEach((row, reasons) -> {
            rejectedLines.add(row.line());
            run.reject(row.row(), reasons);
        });
    }

    private Map<Long, Long> writeBatch(ProductBatches.Result result, String author, long jobId) {
        List<ProductDraft> changed = result.drafts().stream().filter(d -> d.outcome() != RowOutcome.UNCHANGED).toList();
        Map<Long, Long> written = store.write(changed, author);
        if (!written.isEmpty()) {
            productsChanged.fire(ProductsChanged.heldBy(ImportJobs.writerName(jobId), new LinkedHashSet<>(written.values())));
        }
        return written;
    }

    /**
     * Links products to their association targets once every row is saved, so a row may name a
     * product further down the file. Each association type given replaces that type's targets.
     */
    private void associationPass(ImportRun run, ProductColumns columns, CatalogSchema schema, Set<Long> rejectedLines, boolean mayApprove,
                                 boolean inOpenTransaction) {
        if (columns.associations().isEmpty()) {
            return;
        }
        run.phase("associating");
        try (CsvFile csv = run.open()) {
            List<ContentRow> batch = new ArrayList<>();
            for (CsvRow row : csv) {
                ContentRow content = new ContentRow(columns, row);
                if (!rejectedLines.contains(row.line()) && row.cells().size() == columns.header().size()) {
                    batch.add(content);
                }
                if (batch.size() >= config.batchSize()) {
                    associate(run, schema, batch, mayApprove, inOpenTransaction);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                associate(run, schema, batch, mayApprove, inOpenTransaction);
            }
        }
    }

    private void associate(ImportRun run, CatalogSchema schema, List<ContentRow> rows, boolean mayApprove, boolean inOpenTransaction) {
        Runnable work = () -> {
            Map<String, StoredProduct> stored = store.load(rows.stream().map(ContentRow::identifier).toList());
            List<ProductStore.AssociationChange> changes = new ArrayList<>();
            for (ContentRow row : rows) {
                StoredProduct product = stored.get(row.identifier().toLowerCase(Locale.ROOT));
                if (product == null) {
                    continue;
                }
                Map<String, AssociationTargets> given = row.associations(product.associations().asMap());
                List<FieldError> errors = new ArrayList<>();
                Associations checked = references.associations(given, schema, errors);
                if (!errors.isEmpty()) {
                    // its targets were rows of this file that were rejected: the rest of the row is saved
                    run.report(row.row(), ProductBatches.describe(errors));
                    continue;
                }
                Associations merged = new Associations(product.associations().asMap());
                given.keySet().forEach(type -> merged.put(type, checked.of(type)));
                List<FieldChange> diff = ProductChangeDetector.diffAssociations(product.associations(), merged);
                if (!diff.isEmpty()) {
                    changes.add(new ProductStore.AssociationChange(product.id(), product.version(), product.identifier(), merged,
                            StatusPolicy.next(product.status(), null, true, mayApprove), diff));
                }
            }
            List<Long> written = store.writeAssociations(changes, run.author());
            if (!written.isEmpty()) {
                productsChanged.fire(ProductsChanged.heldBy(ImportJobs.writerName(run.jobId()), new LinkedHashSet<>(written)));
            }
        };
        if (inOpenTransaction) {
            work.run();
        } else {
            QuarkusTransaction.requiringNew().run(work);
        }
        run.checkpoint();
    }

    private static String summary(ImportRun run) {
        Counters c = run.counters();
        return "%d created, %d updated, %d unchanged, %d rejected".formatted(c.created(), c.updated(), c.unchanged(), c.rejected());
    }
}
