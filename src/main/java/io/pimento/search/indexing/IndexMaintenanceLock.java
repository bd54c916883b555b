package io.pimento.search.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock shared by all instances: indexer batches hold it shared, a rebuild
 * holds it exclusively while it drops and recreates the index, so no batch writes into a
 * half-dropped index (OpenSearch would create one with guessed mappings). Transaction-scoped.
 */
@ApplicationScoped
public class IndexMaintenanceLock {

    /** Arbitrary, but fixed: "pimento search" in the lock space of this database. */
    private static final long KEY = 0x70696D736561L;

    @Inject
    EntityManager entityManager;

    /** For indexer batches; false while a rebuild is recreating the index. */
    public boolean tryShared() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock_shared(:key)")
                .setParameter("key", KEY).getSingleResult();
    }

    /** For the rebuild: waits for running batches to finish. */
    public void exclusive() {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)")
                .setParameter("key", KEY).getSingleResult();
    }
}
