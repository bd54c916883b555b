package io.pimento.search.indexing;

import io.pimento.common.DatabaseTimes;
import io.pimento.catalog.product.Product;
import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.Page;
import io.pimento.search.SearchConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds the product index from PostgreSQL: brings the index's mapping up to date (in place, or
 * by recreating the index when it must), then refills the outbox with every product and with the
 * documents of products that are gone, so the rebuild goes through the same acknowledged, retried
 * path as any other change and cannot race with it. The state lives in the
 * {@code search_reindex} row, so every instance answers the same.
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);
    /** A rebuild that never got to refill the outbox in this long was cut short (instance stopped). */
    private static final Duration STALE_START = Duration.ofMinutes(10);
    /** Document ids read from the index per round trip when looking for documents of deleted products. */
    private static final int ORPHAN_SCAN_CHUNK = 10_000;

    @Inject
    EntityManager entityManager;

    @Inject
    SearchOutbox outbox;

    @Inject
    OutboxRepository outboxRows;

    @Inject
    IndexMaintenanceLock maintenanceLock;

    @Inject
    SearchConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.reindexOnStart()) {
            try {
                start();
                LOG.info("Rebuilding the search index from PostgreSQL (pimento.search.reindex-on-start=true)");
            } catch (ConflictException e) {
                LOG.info("A search index rebuild is already running; not starting another one");
            }
        }
    }

    public ReindexStatus status() {
        return QuarkusTransaction.joiningExisting().call(() -> toStatus((Object[]) entityManager.createNativeQuery(
                "select status, started_at, finished_at, documents, outbox_watermark, error from search_reindex where id = 1")
                .getSingleResult()));
    }

    /**
     * The products set aside by the indexer (OpenSearch kept refusing their documents), oldest
     * first, page by page: an edit or a rebuild queues them again.
     */
    public Page<SetAsideProduct> setAside(Integer limit, String after) {
        int size = Cursor.limit(limit);
        long afterId = Cursor.id(after, 0);
        List<OutboxRepository.SetAsideEntry> entries = QuarkusTransaction.joiningExisting()
                .call(() -> outboxRows.setAside(size + 1, afterId));
        boolean more = entries.size() > size;
        List<OutboxRepository.SetAsideEntry> page = more ? entries.subList(0, size) : entries;
        return Page.of(page.stream().map(OutboxRepository.SetAsideEntry::product).toList(),
                more ? Cursor.encode(String.valueOf(page.get(page.size() - 1).rowId())) : null);
    }

    /** Marks a rebuild as running and starts it in the background; 409 when one is running already. */
    public ReindexStatus start() {
        return start(false);
    }

    /**
     * Marks a rebuild as running and starts it in the background; 409 when one is running already.
     *
     * @param recreate drop and recreate the index first (searches then see only what is indexed
     *                 again so far) rather than refreshing it in place
     */
    public ReindexStatus start(boolean recreate) {
        ReindexStatus started = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "select status, started_at, finished_at, documents, outbox_watermark, error from search_reindex where id = 1 for update")
                    .getSingleResult();
            ReindexStatus current = toStatus(row);
            boolean stale = row[4] == null && current.startedAt() != null
                    && current.startedAt().isBefore(Instant.now().minus(STALE_START));
            if (current.running() && !stale) {
                throw new ConflictException("A search index rebuild is already running (started at %s)"
                        .formatted(current.startedAt()));
            }
            entityManager.createNativeQuery("""
                    update search_reindex set status = 'running', started_at = now(), finished_at = null,
                           documents = 0, outbox_watermark = null, error = null where id = 1""").executeUpdate();
            return status();
        });
        Infrastructure.getDefaultWorkerPool().execute(() -> rebuild(recreate));
        return started;
    }

    /**
     * Refreshes the index in place: every product is queued again (an upsert of its document), and
     * the documents of products that no longer exist are queued for deletion, so searches keep
     * answering from the whole index while the rebuild runs and are exact once it is done. The
     * index is dropped and recreated only when asked, or when its mapping cannot be updated in
     * place (an incompatible change of a field's type after an upgrade); then searches are partial
     * until the rebuild is done, as the log says.
     */
    private void rebuild(boolean recreate) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                maintenanceLock.exclusive();
                SearchSchemaManager schema = Search.session(entityManager).schemaManager(Product.class);
                boolean recreated = recreate || !updatedInPlace(schema);
                if (recreated) {
                    schema.dropAndCreate();
                }
                long requeued = outboxRows.requeueSetAside();
                if (requeued > 0) {
                    LOG.infof("%d products set aside by the search indexer are queued again by the rebuild", requeued);
                }
                long documents = outbox.enqueueAllProducts();
                long orphans = recreated ? 0 : enqueueOrphans();
                long watermark = outboxRows.maxId();
                entityManager.createNativeQuery(
                                "update search_reindex set documents = :documents, outbox_watermark = :watermark where id = 1")
                        .setParameter("documents", documents + orphans)
                        .setParameter("watermark", watermark)
                        .executeUpdate();
                completeIfDrained();
                LOG.infof(recreated
                                ? "Search index recreated; %d products are being indexed from the outbox; searches are partial until it is done"
                                : "Search index refreshed in place: %d products are being indexed again from the outbox, and %d documents of deleted products removed",
                        documents, orphans);
            });
        } catch (RuntimeException e) {
            LOG.error("The search index rebuild failed", e);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "update search_reindex set status = 'failed', finished_at = now(), error = :error where id = 1")
                    .setParameter("error", String.valueOf(e.getMessage()))
                    .executeUpdate());
        }
    }

    /** Creates a missing index, adds new fields to the mapping; false when the mapping cannot change in place. */
    private static boolean updatedInPlace(SearchSchemaManager schema) {
        try {
            schema.createOrUpdate();
            return true;
        } catch (SearchException e) {
            LOG.warnf("The search index's mapping cannot be updated in place (%s): the rebuild recreates the index", e.getMessage());
            return false;
        }
    }

    /**
     * Queues the documents whose product no longer exists (deleted while the index was away, or a
     * restored database): the indexer purges a queued id that has no product. The index is read
     * before the database, chunk by chunk, so a product created meanwhile is never taken for one.
     */
    private long enqueueOrphans() {
        long orphans = 0;
        try (SearchScroll<Long> scroll = Search.session(entityManager).search(Product.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .scroll(ORPHAN_SCAN_CHUNK)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                @SuppressWarnings("unchecked")
                List<Number> missing = entityManager.createNativeQuery("""
                                select i.id from unnest(cast(:ids as bigint[])) as i(id)
                                where not exists (select 1 from product p where p.id = i.id)""")
                        .setParameter("ids", chunk.hits().toArray(Long[]::new))
                        .getResultList();
                if (!missing.isEmpty()) {
                    outboxRows.enqueue(missing.stream().map(Number::longValue).toArray(Long[]::new), false, null, Duration.ZERO);
                    orphans += missing.size();
                }
            }
        }
        return orphans;
    }

    /**
     * Marks the running rebuild done once the outbox rows it added are all indexed or set aside
     * (a document OpenSearch refuses would otherwise keep the rebuild running forever).
     */
    public void completeIfDrained() {
        entityManager.createNativeQuery("""
                update search_reindex set status = 'done', finished_at = now()
                where id = 1 and status = 'running' and outbox_watermark is not null
                  and not exists (select 1 from search_outbox o where o.id <= outbox_watermark and o.set_aside_at is null)""").executeUpdate();
    }

    private static ReindexStatus toStatus(Object[] row) {
        return new ReindexStatus((String) row[0], DatabaseTimes.instant(row[1]), DatabaseTimes.instant(row[2]), ((Number) row[3]).longValue(),
                (String) row[5]);
    }

}
