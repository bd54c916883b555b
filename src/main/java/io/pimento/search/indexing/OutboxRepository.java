package io.pimento.search.indexing;

import io.pimento.common.DatabaseTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of {@code search_outbox}: writers enqueue, the {@link OutboxIndexer} claims, deletes,
 * postpones and sets aside, the API, the dashboard and the health check count and list. Every
 * method runs in the caller's transaction. Set-aside rows ({@code set_aside_at} not null) are
 * never claimed and never count as backlog.
 */
@ApplicationScoped
public class OutboxRepository {

    /** Longest error text kept for a set-aside row (the column's size): no stack trace, no whole document. */
    public static final int MAX_ERROR_LENGTH = 1000;

    @Inject
    EntityManager entityManager;

    /**
     * One insert whatever the number of ids, so an import of thousands of products stays cheap.
     * {@code enqueued_at} is the insert time (not the transaction start): the indexer relies on it
     * being later than the structure the products refer to. A set-aside row of the same product is
     * replaced by the new one: the change may be what fixes its document.
     */
    void enqueue(Long[] ids, boolean interactive, String heldBy, Duration hold) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array array = connection.createArrayOf("bigint", ids);
            try (PreparedStatement replace = connection.prepareStatement(
                    "delete from search_outbox where set_aside_at is not null and entity_id = any(?)");
                 PreparedStatement insert = connection.prepareStatement(
                    "insert into search_outbox (entity_type, entity_id, enqueued_at, held_by, next_attempt_at, interactive)"
                            + " select ?, unnest(?), clock_timestamp(), ?, clock_timestamp() + ?::interval, ?")) {
                replace.setArray(1, array);
                replace.executeUpdate();
                insert.setString(1, SearchOutbox.PRODUCT);
                insert.setArray(2, array);
                insert.setString(3, heldBy);
                insert.setString(4, hold.toMillis() + " milliseconds");
                insert.setBoolean(5, interactive);
                insert.executeUpdate();
            } finally {
                array.free();
            }
        });
    }

    /** Makes the rows a bulk writer held back due now. */
    void release(String writer) {
        entityManager.createNativeQuery("update search_outbox set next_attempt_at = clock_timestamp(), held_by = null where held_by = :writer")
                .setParameter("writer", writer)
                .executeUpdate();
    }

    /** Enqueues every product, in the bulk lane; returns how many. */
    long enqueueAllProducts() {
        return entityManager.createNativeQuery(
                        "insert into search_outbox (entity_type, entity_id) select '" + SearchOutbox.PRODUCT + "', id from product order by id")
                .executeUpdate();
    }

    /**
     * Re-queues every set-aside row (a rebuild, which also enqueues every product): the rows of
     * products that still exist give way to the rebuild's own rows, the others (deleted products,
     * to be purged) are due again with their refusals forgotten. Returns how many were set aside.
     */
    long requeueSetAside() {
        long replaced = entityManager.createNativeQuery("""
                        delete from search_outbox o where o.set_aside_at is not null
                          and exists (select 1 from product p where p.id = o.entity_id)""")
                .executeUpdate();
        return replaced + entityManager.createNativeQuery("""
                        update search_outbox set set_aside_at = null, error = null, document_failures = 0,
                               next_attempt_at = clock_timestamp()
                        where set_aside_at is not null""")
                .executeUpdate();
    }

    /** The highest row id so far (0 when empty): a rebuild is done once no row up to it is waiting. */
    long maxId() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(id), 0) from search_outbox").getSingleResult()).longValue();
    }

    /** Due rows of one lane and one share of the products, locked for this transaction, oldest first. */
    @SuppressWarnings("unchecked")
    List<OutboxRow> claim(boolean interactive, int limit, long afterId, int partition, int partitions) {
        if (limit <= 0) {
            return List.of();
        }
        List<Object[]> result = entityManager.createNativeQuery("""
                        select id, entity_id, attempts, document_failures, enqueued_at from search_outbox
                        where interactive = :interactive and id > :after and next_attempt_at <= now()
                          and set_aside_at is null
                          and entity_type = :type and mod(entity_id, :partitions) = :partition
                        order by id limit :limit for update skip locked""")
                .setParameter("interactive", interactive)
                .setParameter("after", afterId)
                .setParameter("type", SearchOutbox.PRODUCT)
                .setParameter("partitions", partitions)
                .setParameter("partition", partition)
                .setParameter("limit", limit)
                .getResultList();
        return result.stream().map(r -> new OutboxRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), DatabaseTimes.instant(r[4]))).toList();
    }

    void delete(Collection<OutboxRow> rows) {
        if (!rows.isEmpty()) {
            entityManager.createNativeQuery("delete from search_outbox where id in (:ids)")
                    .setParameter("ids", ids(rows))
                    .executeUpdate();
        }
    }

    /** Products just indexed have nothing left to set aside: an older refused state of theirs no longer matters. */
    void clearSetAside(Collection<Long> productIds) {
        if (!productIds.isEmpty()) {
            entityManager.createNativeQuery("delete from search_outbox where set_aside_at is not null and entity_id in (:ids)")
                    .setParameter("ids", productIds)
                    .executeUpdate();
        }
    }

    /**
     * Tries the rows again after {@code delay}; {@code countAttempt} when this try failed, and
     * {@code documentRefused} when it failed because of the document (not an outage).
     */
    void postpone(Collection<OutboxRow> rows, Duration delay, boolean countAttempt, boolean documentRefused) {
        if (!rows.isEmpty()) {
            entityManager.createNativeQuery("""
                            update search_outbox set attempts = attempts + :increment,
                                   document_failures = document_failures + :refused,
                                   next_attempt_at = now() + make_interval(secs => :seconds)
                            where id in (:ids)""")
                    .setParameter("increment", countAttempt ? 1 : 0)
                    .setParameter("refused", documentRefused ? 1 : 0)
                    .setParameter("seconds", delay.toMillis() / 1000.0)
                    .setParameter("ids", ids(rows))
                    .executeUpdate();
        }
    }

    /** Takes rows whose documents OpenSearch refused once too often out of the indexer's way, with why. */
    void setAside(Collection<OutboxRow> rows, String error) {
        if (!rows.isEmpty()) {
            // one set-aside row per product: an older one (a second row of the product failed) says less
            clearSetAside(rows.stream().map(OutboxRow::entityId).collect(Collectors.toSet()));
            entityManager.createNativeQuery("""
                            update search_outbox set attempts = attempts + 1, document_failures = document_failures + 1,
                                   set_aside_at = now(), error = :error
                            where id in (:ids)""")
                    .setParameter("error", bounded(error))
                    .setParameter("ids", ids(rows))
                    .executeUpdate();
        }
    }

    /** Rows still to be indexed (set-aside rows not counted). */
    public long pending() {
        return ((Number) entityManager.createNativeQuery("select count(*) from search_outbox where set_aside_at is null")
                .getSingleResult()).longValue();
    }

    public long setAsideCount() {
        return ((Number) entityManager.createNativeQuery("select count(*) from search_outbox where set_aside_at is not null")
                .getSingleResult()).longValue();
    }

    /** Set-aside products by row id, after {@code afterId}; the product's identifier if it still exists. */
    @SuppressWarnings("unchecked")
    public List<SetAsideEntry> setAside(int limit, long afterId) {
        List<Object[]> result = entityManager.createNativeQuery("""
                        select o.id, o.entity_id, p.identifier, o.error, o.document_failures, o.set_aside_at, o.enqueued_at
                        from search_outbox o left join product p on p.id = o.entity_id
                        where o.set_aside_at is not null and o.id > :after
                        order by o.id limit :limit""")
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return result.stream().map(r -> new SetAsideEntry(((Number) r[0]).longValue(), new SetAsideProduct(
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                DatabaseTimes.instant(r[5]), DatabaseTimes.instant(r[6])))).toList();
    }

    /** A set-aside product with its row id, the key of the list's pages. */
    public record SetAsideEntry(long rowId, SetAsideProduct product) {
    }

    /** One line, at most {@link #MAX_ERROR_LENGTH} characters. */
    static String bounded(String error) {
        String line = error == null || error.isBlank() ? "unknown error" : error.replaceAll("\\s+", " ").strip();
        if (line.length() <= MAX_ERROR_LENGTH) {
            return line;
        }
        int end = MAX_ERROR_LENGTH - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }

    private static List<Long> ids(Collection<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }
}
