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
import org.hibernate.search.mapper.orm.Search;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds the product index from PostgreSQL: drops and recreates the index (with the current
 * mapping), then refills the outbox with every product, so the rebuild goes through the same
 * acknowledged, retried path as any other change and cannot race with it. The state lives in
 * the {@code search_reindex} row, so every instance answers the same.
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);
    /** A rebuild that never got to refill the outbox in this long was cut short (instance stopped). */
    private static final Duration STALE_START = Duration.ofMinutes(10);

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
        Infrastructure.getDefaultWorkerPool().execute(this::rebuild);
        return started;
    }

    private void rebuild() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                maintenanceLock.exclusive();
                Search.session(entityManager).schemaManager(Product.class).dropAndCreate();
                long requeued = outboxRows.requeueSetAside();
                if (requeued > 0) {
                    LOG.infof("%d products set aside by the search indexer are queued again by the rebuild", requeued);
                }
                long documents = outbox.enqueueAllProducts();
                long watermark = outboxRows.maxId();
                entityManager.createNativeQuery(
                                "update search_reindex set documents = :documents, outbox_watermark = :watermark where id = 1")
                        .setParameter("documents", documents)
                        .setParameter("watermark", watermark)
                        .executeUpdate();
                completeIfDrained();
            });
            LOG.info("Search index recreated; the products are being indexed from the outbox");
        } catch (RuntimeException e) {
            LOG.error("The search index rebuild failed", e);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "update search_reindex set status = 'failed', finished_at = now(), error = :error where id = 1")
                    .setParameter("error", String.valueOf(e.getMessage()))
                    .executeUpdate());
        }
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
