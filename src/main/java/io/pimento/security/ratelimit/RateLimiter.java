package io.pimento.security.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Token buckets shared by every instance of the application, kept in PostgreSQL
 * ({@code rate_limit_bucket}, one row per key): N stateless instances behind a load balancer
 * count the same requests, with no other moving part.
 *
 * <p>Each request costs one statement, one round trip: an {@code INSERT ... ON CONFLICT DO UPDATE
 * ... RETURNING} that creates the bucket full (less this request) or refills it for the time since
 * its last request, takes a permit if there is a whole one, and answers whether it did. The row
 * lock of the upsert serialises concurrent requests for the same key, so two instances cannot both
 * take the last permit; keys never contend with each other. The table is unlogged (no WAL).
 */
@ApplicationScoped
public class RateLimiter {

    /** The bucket's content now: what it held, plus the refill since, capped at the burst. */
    private static final String REFILLED =
            "least(cast(:burst as double precision), b.tokens + cast(extract(epoch from now() - b.refilled_at) as double precision) * :rate)";

    private static final String TAKE = """
            insert into rate_limit_bucket as b (key, tokens, refilled_at, allowed)
            values (:key, :burst - 1, now(), true)
            on conflict (key) do update set
                tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
                allowed = %1$s >= 1,
                refilled_at = now()
            returning tokens, allowed
            """.formatted(REFILLED);

    private final EntityManager em;

    RateLimiter(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes a permit from the key's bucket, or refuses with {@link RateLimitExceededException}
     * saying when the next one comes. In its own transaction: the count stands whatever the
     * request does next.
     */
    /**
     * How long until the key's bucket holds a permit (0: it holds one now), without taking any:
     * for limits that count only failures, checked before the costly attempt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long secondsUntilPermit(String key, RateLimit limit) {
        java.util.List<?> rows = em.createNativeQuery("select " + REFILLED + " from rate_limit_bucket b where b.key = :key")
                .setParameter("key", key)
                .setParameter("burst", limit.burst())
                .setParameter("rate", limit.permitsPerSecond())
                .getResultList();
        double tokens = rows.isEmpty() ? limit.burst() : ((Number) rows.get(0)).doubleValue();
        return tokens >= 1 ? 0 : limit.secondsUntilNextPermit(tokens);
    }

    /** Takes a permit if there is one; never refuses (the failure it counts has happened). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void take(String key, RateLimit limit) {
        em.createNativeQuery(TAKE)
                .setParameter("key", key)
                .setParameter("burst", limit.burst())
                .setParameter("rate", limit.permitsPerSecond())
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void acquire(String key, RateLimit limit) {
        Object[] row = (Object[]) em.createNativeQuery(TAKE)
                .setParameter("key", key)
                .setParameter("burst", limit.burst())
                .setParameter("rate", limit.permitsPerSecond())
                .getSingleResult();
        double tokens = ((Number) row[0]).doubleValue();
        if (!(Boolean) row[1]) {
            throw new RateLimitExceededException(limit.secondsUntilNextPermit(tokens));
        }
    }
}
