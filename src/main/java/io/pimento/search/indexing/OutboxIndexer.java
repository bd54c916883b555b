package io.pimento.search.indexing;

import io.pimento.catalog.CatalogVersion;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductModel;
import io.pimento.search.SearchConfig;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.mapping.CatalogStructures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drains {@code search_outbox} into OpenSearch. Each batch is one transaction: claim due rows
 * ({@code FOR UPDATE SKIP LOCKED}, so instances share the work), index the products they name,
 * wait for OpenSearch's acknowledgement, and only then delete the rows. Rows that failed stay,
 * with an exponential backoff; what happens after a failure is {@link IndexingFailurePolicy}'s
 * decision (outages are retried forever, a document OpenSearch keeps refusing is set aside), the
 * SQL is {@link OutboxRepository}'s. This class runs the loop, the workers and the index schema.
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);
    /** Products a writer holds locked are retried this soon: the writer will enqueue them again anyway. */
    private static final Duration BUSY_RETRY = Duration.ofMillis(500);
    private static final Duration SCHEDULER_TICK = Duration.ofSeconds(1);
    /** OpenSearch's error in a Hibernate Search failure message: {@code "type": "...", "reason": "..."}. */
    private static final Pattern OPENSEARCH_REASON = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\",\\s*\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|(.))");

    @Inject
    SearchConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    CatalogStructures structures;

    @Inject
    IndexMaintenanceLock maintenanceLock;

    @Inject
    ReindexService reindex;

    @Inject
    OutboxRepository outbox;

    /** Placement candidates come from the index: their caches learn of each indexed batch once it is committed. */
    @Inject
    Event<CatalogVersion.Changed> catalogChanged;

    private final Clock clock = Clock.systemUTC();
    private final OutageLog outage = new OutageLog();
    /** Shared by the partitions: pressure on OpenSearch is pressure for all of them. */
    private volatile BatchSizer batchSizer;
    private volatile boolean stopping;
    /** False until the index is known to exist with the current mapping, and again after an outage. */
    private volatile boolean schemaReady;

    /** Runs the other partitions while the polling thread drains the first one. */
    private volatile ExecutorService partitionWorkers;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        ExecutorService workers = partitionWorkers;
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /**
     * Quarkus' scheduler ticks at most once a second, so each tick polls the outbox every
     * {@code pimento.search.indexer.interval} until the next tick is due.
     */
    @Scheduled(identity = "search-outbox-indexer", every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() throws InterruptedException {
        Duration interval = config.indexer().interval();
        Instant tickEnd = clock.instant().plus(SCHEDULER_TICK).minus(interval);
        do {
            drain();
            if (interval.compareTo(SCHEDULER_TICK) >= 0) {
                return;
            }
            Thread.sleep(interval.toMillis());
        } while (!stopping && clock.instant().isBefore(tickEnd));
    }

    /** Indexes due rows batch after batch until there are none left or OpenSearch fails. */
    public void drain() {
        if (stopping || !config.indexer().enabled() || outage.paused(clock.instant())) {
            return;
        }
        if (!schemaReady && !ensureSchema()) {
            return;
        }
        int partitions = Math.max(1, config.indexer().workers());
        if (partitions == 1) {
            drainPartition(0, 1);
        } else {
            drainPartitions(partitions);
        }
        // Each batch checks whether a running rebuild is drained, but workers' batches commit
        // concurrently, each seeing the others' rows not yet deleted: the last two could both
        // miss it, leaving the rebuild "running" for ever. Looked at once more with all committed.
        QuarkusTransaction.requiringNew().run(reindex::completeIfDrained);
    }

    private void drainPartitions(int partitions) {
        // Partitions by product id: a product is always indexed by the same worker, so two states
        // of it can never race to OpenSearch. While one worker builds documents, another waits on
        // OpenSearch: the application's and OpenSearch's work overlap instead of taking turns.
        List<Future<?>> others = new ArrayList<>();
        ExecutorService workers = workers(partitions - 1);
        for (int partition = 1; partition < partitions; partition++) {
            int p = partition;
            others.add(workers.submit(() -> drainPartition(p, partitions)));
        }
        drainPartition(0, partitions);
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.warn("A search indexing worker failed; its rows stay in the outbox", e.getCause());
            }
        }
    }

    private void drainPartition(int partition, int partitions) {
        BatchOutcome outcome;
        do {
            outcome = QuarkusTransaction.requiringNew().call(() -> indexOneBatch(partition, partitions));
        } while (outcome.full() && !outcome.failed() && !stopping && !outage.paused(clock.instant()));
    }

    private synchronized ExecutorService workers(int size) {
        if (partitionWorkers == null) {
            AtomicInteger count = new AtomicInteger();
            partitionWorkers = Executors.newFixedThreadPool(size, task -> {
                Thread thread = new Thread(task, "search-indexer-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return partitionWorkers;
    }

    /**
     * Creates the index, or updates its mapping, when it is not known to be there: at the first
     * poll and after every outage (OpenSearch may come back empty). Done here rather than at boot
     * only, so the application starts, and takes writes, while OpenSearch is down.
     */
    private boolean ensureSchema() {
        try {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                if (!maintenanceLock.tryShared()) {
                    return false; // a rebuild is recreating the index right now
                }
                Search.session(entityManager).schemaManager(Product.class).createOrUpdate();
                return true;
            });
            schemaReady = done;
            return done;
        } catch (RuntimeException e) {
            outage.cause(e);
            outage.failed(policy(), clock.instant(), QuarkusTransaction.requiringNew().call(outbox::pending));
            return false;
        }
    }

    /** Indexes one batch of due outbox rows, in the caller's transaction. */
    BatchOutcome indexOneBatch(int partition, int partitions) {
        if (!maintenanceLock.tryShared()) {
            return BatchOutcome.NOTHING;
        }
        structures.keepUpWithDatabase();
        Claimed claimed = claimDueRows(batchSizer().current(), partition, partitions);
        List<OutboxRow> rows = claimed.rows();
        if (rows.isEmpty()) {
            return BatchOutcome.NOTHING;
        }
        Set<Long> productIds = rows.stream().map(OutboxRow::entityId).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> existing = existingProducts(productIds);
        Set<Long> lockable = lockableProducts(existing);
        Set<Long> busy = new HashSet<>(existing);
        busy.removeAll(lockable);
        Set<Long> deleted = new HashSet<>(productIds);
        deleted.removeAll(existing);

        Instant newestRow = rows.stream().map(OutboxRow::enqueuedAt).max(Instant::compareTo).orElseThrow();
        Failures failures = index(lockable, deleted, newestRow);
        Set<Long> failed = failures.productIds();
        List<OutboxRow> done = new ArrayList<>();
        List<OutboxRow> failedRows = new ArrayList<>();
        List<OutboxRow> postponed = new ArrayList<>();
        for (OutboxRow row : rows) {
            if (busy.contains(row.entityId())) {
                postponed.add(row);
            } else if (failed.contains(row.entityId())) {
                failedRows.add(row);
            } else {
                done.add(row);
            }
        }
        LOG.debugf("Outbox batch: %d rows, %d indexed, %d deleted products, %d busy, %d failed",
                rows.size(), lockable.size(), deleted.size(), busy.size(), failed.size());
        outbox.delete(done);
        if (!done.isEmpty()) {
            outbox.clearSetAside(done.stream().map(OutboxRow::entityId).collect(Collectors.toSet()));
            catalogChanged.fire(CatalogVersion.Changed.searchIndex());
        }
        outbox.postpone(postponed, BUSY_RETRY, false, false);
        boolean totalFailure = failures.unreachable();
        handleFailedRows(failedRows, failures);

        if (totalFailure) {
            batchSizer().overloaded();
            schemaReady = false;
            outage.failed(policy(), clock.instant(), outbox.pending());
        } else {
            batchSizer().succeeded();
            if (!done.isEmpty()) {
                outage.recovered(clock.instant());
                reindex.completeIfDrained();
            }
        }
        return new BatchOutcome(rows.size(), claimed.full(), totalFailure);
    }

    /**
     * Postpones the rows that failed, or sets aside those whose document OpenSearch refused once
     * too often ({@link IndexingFailurePolicy}). Rows that wait as long are updated together.
     */
    private void handleFailedRows(List<OutboxRow> failedRows, Failures failures) {
        if (failedRows.isEmpty()) {
            return;
        }
        boolean outageNow = failures.unreachable();
        IndexingFailurePolicy policy = policy();
        Map<Duration, List<OutboxRow>> retries = new TreeMap<>();
        List<OutboxRow> setAside = new ArrayList<>();
        for (OutboxRow row : failedRows) {
            if (policy.afterFailure(row.attempts(), row.documentFailures(), outageNow)
                    instanceof IndexingFailurePolicy.RowDecision.RetryAfter retry) {
                retries.computeIfAbsent(retry.delay(), delay -> new ArrayList<>()).add(row);
            } else {
                setAside.add(row);
            }
        }
        retries.forEach((delay, sameDelay) -> outbox.postpone(sameDelay, delay, true, !outageNow));
        if (outageNow) {
            return;
        }
        // A document the index refuses (not an outage): worth a warning the first time, and when it is set aside.
        failedRows.stream().filter(row -> row.documentFailures() == 0 && !setAside.contains(row)).forEach(row -> LOG.warnf(
                "The search index refused product %d; it stays in the outbox and is retried: %s",
                row.entityId(), errorText(failures.causeOf(row.entityId()))));
        setAside.stream().collect(Collectors.groupingBy(row -> errorText(failures.causeOf(row.entityId()))))
                .forEach((error, sameError) -> outbox.setAside(sameError, error));
        setAside.forEach(row -> LOG.warnf("The search index refused product %d %d times; it is set aside (see GET "
                        + "/api/v1/search/set-aside) until it is edited or the index is rebuilt: %s",
                row.entityId(), row.documentFailures() + 1, errorText(failures.causeOf(row.entityId()))));
    }

    /** Sends the documents and waits for OpenSearch to acknowledge them; tells which were not. */
    private Failures index(Set<Long> productIds, Set<Long> deletedIds, Instant newestRow) {
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        List<Product> products = productIds.isEmpty() ? List.of() : session
                .createSelectionQuery("from Product where id in :ids", Product.class)
                .setParameter("ids", productIds).getResultList();
        List<ProductModel> models = preloadAncestors(session, products);
        structures.completeAsOf(structure -> knowsEverything(structure, products, models), newestRow);

        SearchSession searchSession = Search.session(session);
        Failures failures = execute(searchSession, products, deletedIds);
        if (failures.unreachable() || failures.attributed() || products.size() + deletedIds.size() < 2) {
            return failures;
        }
        // A refusal that names no document (thrown while building or sending them): each one
        // alone tells which, so the others are not counted against it, nor set aside with it.
        Set<Long> failing = new HashSet<>();
        Map<Long, Throwable> causes = new HashMap<>();
        for (Product product : products) {
            Failures alone = execute(searchSession, List.of(product), Set.of());
            if (alone.unreachable()) {
                return failures.asOutage(alone.cause());
            }
            if (!alone.productIds().isEmpty()) {
                failing.add(product.id);
                causes.put(product.id, alone.cause());
            }
        }
        for (Long deletedId : deletedIds) {
            Failures alone = execute(searchSession, List.of(), Set.of(deletedId));
            if (alone.unreachable()) {
                return failures.asOutage(alone.cause());
            }
            if (!alone.productIds().isEmpty()) {
                failing.add(deletedId);
                causes.put(deletedId, alone.cause());
            }
        }
        return new Failures(failing, false, failures.cause(), true, causes);
    }

    /**
     * One indexing plan, acknowledged. A plan is emptied by its execution, failed or not, so the
     * same session can execute another.
     */
    private Failures execute(SearchSession searchSession, List<Product> products, Set<Long> deletedIds) {
        Set<Long> all = new HashSet<>(deletedIds);
        products.forEach(product -> all.add(product.id));
        AtomicReference<SearchIndexingPlanExecutionReport> report = new AtomicReference<>();
        try {
            searchSession.indexingPlanSynchronizationStrategy(acknowledging(report));
            SearchIndexingPlan plan = searchSession.indexingPlan();
            products.forEach(plan::addOrUpdate);
            deletedIds.forEach(id -> plan.purge(Product.class, id, null));
            plan.execute();
        } catch (RuntimeException e) {
            outage.cause(e);
            return new Failures(all, isUnreachable(e), e, all.size() == 1, Map.of());
        }
        SearchIndexingPlanExecutionReport result = report.get();
        if (result == null || result.throwable().isEmpty()) {
            return Failures.NONE;
        }
        Throwable cause = result.throwable().get();
        outage.cause(cause);
        Set<Long> failing = result.failingEntities().stream()
                .map(reference -> reference.id() instanceof Number n ? n.longValue() : null)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Failures(failing.isEmpty() ? all : failing, isUnreachable(cause), cause,
                !failing.isEmpty() || all.size() == 1, Map.of());
    }

    /**
     * Connection refused, timeouts, or OpenSearch pushing back on indexing pressure (HTTP 429,
     * {@code rejected_execution_exception}): OpenSearch cannot take the batch now, as opposed to
     * refusing one document. The client reports a 429 only in its message.
     */
    private static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof java.io.IOException || message.contains("429 'Too Many Requests'")
                    || message.contains("rejected_execution_exception")) {
                return true;
            }
        }
        return false;
    }

    private BatchSizer batchSizer() {
        BatchSizer sizer = batchSizer;
        if (sizer == null) {
            int size = config.indexer().batchSize();
            sizer = new BatchSizer(Math.min(size, 10), size);
            batchSizer = sizer;
        }
        return sizer;
    }

    /**
     * The products whose documents were not acknowledged; {@code attributed} when OpenSearch (or
     * a batch of one) says which failed, {@code causes} when they failed for different reasons.
     */
    private record Failures(Set<Long> productIds, boolean unreachable, Throwable cause, boolean attributed,
                            Map<Long, Throwable> causes) {
        static final Failures NONE = new Failures(Set.of(), false, null, true, Map.of());

        Throwable causeOf(long productId) {
            return causes.getOrDefault(productId, cause);
        }

        /** The whole batch waits for OpenSearch to be back. */
        Failures asOutage(Throwable outage) {
            return new Failures(productIds, true, outage, attributed, Map.of());
        }
    }

    /** Like write-sync, but hands the report over instead of throwing, so partial failures are told apart. */
    private IndexingPlanSynchronizationStrategy acknowledging(AtomicReference<SearchIndexingPlanExecutionReport> report) {
        boolean refresh = config.indexer().refresh();
        return context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
            context.documentRefreshStrategy(refresh ? DocumentRefreshStrategy.FORCE : DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(future -> report.set(future.join()));
        };
    }

    private static List<ProductModel> preloadAncestors(Session session, List<Product> products) {
        List<ProductModel> models = new ArrayList<>();
        Set<Long> next = products.stream().map(p -> p.parentId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int level = 0; level < 3 && !next.isEmpty(); level++) {
            List<ProductModel> loaded = session.createSelectionQuery("from ProductModel where id in :ids", ProductModel.class)
                    .setParameter("ids", next).getResultList();
            models.addAll(loaded);
            next = loaded.stream().map(m -> m.parentId).filter(Objects::nonNull).collect(Collectors.toSet());
        }
        return models;
    }

    private static boolean knowsEverything(CatalogStructure structure, List<Product> products, List<ProductModel> models) {
        for (Product product : products) {
            if (product.family != null && !structure.hasFamily(product.family)
                    || !knowsAll(structure, product.categories, product.values.asMap().keySet())) {
                return false;
            }
        }
        return models.stream().allMatch(model -> knowsAll(structure, model.categories, model.values.asMap().keySet()));
    }

    private static boolean knowsAll(CatalogStructure structure, Collection<String> categories, Collection<String> attributes) {
        return categories.stream().allMatch(structure::hasCategory)
                && attributes.stream().allMatch(code -> structure.attribute(code).isPresent());
    }

    /** Interactive rows first, then bulk rows: {@link OutboxLanes}. */
    private Claimed claimDueRows(int batchSize, int partition, int partitions) {
        OutboxLanes lanes = OutboxLanes.of(batchSize, config.indexer().bulkShare());
        List<OutboxRow> rows = new ArrayList<>(outbox.claim(true, lanes.interactiveFirst(), 0, partition, partitions));
        int interactive = rows.size();
        List<OutboxRow> bulk = outbox.claim(false, lanes.bulkAfter(interactive), 0, partition, partitions);
        int topUp = lanes.interactiveTopUp(interactive, bulk.size());
        if (topUp > 0) {
            // Rows this transaction locked are not skipped by SKIP LOCKED: continue after the last one.
            rows.addAll(outbox.claim(true, topUp, rows.get(rows.size() - 1).id(), partition, partitions));
        }
        boolean full = lanes.full(rows.size(), bulk.size());
        rows.addAll(bulk);
        return new Claimed(rows, full);
    }

    private record Claimed(List<OutboxRow> rows, boolean full) {
    }

    @SuppressWarnings("unchecked")
    private Set<Long> existingProducts(Set<Long> ids) {
        return ((List<Number>) entityManager.createNativeQuery("select id from product where id in (:ids)")
                .setParameter("ids", ids).getResultList())
                .stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /**
     * Share-locks the products so a writer cannot commit a newer version while this batch indexes
     * an older one (its own outbox row is then processed after this batch, never before). Products
     * a writer holds right now are skipped rather than waited for.
     */
    @SuppressWarnings("unchecked")
    private Set<Long> lockableProducts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return ((List<Number>) entityManager.createNativeQuery(
                        "select id from product where id in (:ids) for share skip locked")
                .setParameter("ids", ids).getResultList())
                .stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private IndexingFailurePolicy policy() {
        return new IndexingFailurePolicy(new RetryBackoff(config.indexer().retryInitialDelay(), config.indexer().retryMaxDelay()),
                config.indexer().maxDocumentAttempts());
    }

    /**
     * What a set-aside row tells of its failure: OpenSearch's own error type and reason when the
     * message carries them (Hibernate Search wraps them in request metadata and escaped JSON),
     * else the message; never a stack trace (the repository bounds the length).
     */
    static String errorText(Throwable failure) {
        if (failure == null) {
            return "unknown error";
        }
        String message = String.valueOf(failure.getMessage());
        Matcher reason = OPENSEARCH_REASON.matcher(message);
        StringBuilder text = new StringBuilder();
        // the error, then what caused it ("failed to parse", caused by "[double] supports only finite values")
        for (int found = 0; found < 3 && reason.find(); found++) {
            text.append(found == 0 ? "" : "; caused by ").append(reason.group(1)).append(": ");
            Matcher escaped = JSON_ESCAPE.matcher(reason.group(2));
            while (escaped.find()) {
                escaped.appendReplacement(text, Matcher.quoteReplacement(escaped.group(1) != null
                        ? String.valueOf((char) Integer.parseInt(escaped.group(1), 16)) : escaped.group(2)));
            }
            escaped.appendTail(text);
        }
        return text.isEmpty() ? message : text.toString();
    }

    /** How a batch went: how many rows it claimed, whether that filled it, and whether OpenSearch could not take it. */
    public record BatchOutcome(int claimed, boolean full, boolean failed) {
        static final BatchOutcome NOTHING = new BatchOutcome(0, false, false);
    }

    /**
     * The current outage ({@link IndexingFailurePolicy.Outage}, shared by the workers), with one
     * warning when it starts and one line when it ends, not one per row.
     */
    private static final class OutageLog {
        private IndexingFailurePolicy.Outage current = IndexingFailurePolicy.Outage.NONE;
        private Throwable lastCause;

        synchronized boolean paused(Instant now) {
            return current.paused(now);
        }

        synchronized void cause(Throwable cause) {
            lastCause = cause;
        }

        synchronized void failed(IndexingFailurePolicy policy, Instant now, long pending) {
            boolean starts = !current.ongoing();
            current = policy.outageFailed(current, now);
            if (starts) {
                LOG.warnf("Search index unreachable or overloaded, indexing paused: %s. The %d pending product updates stay in "
                                + "search_outbox and are retried with a backoff (next try in %d ms, then up to the configured maximum).",
                        lastCause == null ? "unknown error" : rootMessage(lastCause), pending,
                        Duration.between(now, current.pausedUntil()).toMillis());
            } else {
                LOG.debugf("Search index still unreachable (%d tries): %s", current.failures(), lastCause);
            }
        }

        synchronized void recovered(Instant now) {
            if (current.ongoing()) {
                LOG.infof("Search index reachable again after %d s; indexing the outbox resumes",
                        Duration.between(current.since(), now).toSeconds());
            }
            current = IndexingFailurePolicy.Outage.NONE;
        }

        private static String rootMessage(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
        }
    }
}
