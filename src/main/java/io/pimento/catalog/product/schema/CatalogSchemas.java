package io.pimento.catalog.product.schema;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.StructureVersion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The current {@link CatalogSchema}, cached under the {@link StructureVersion} read before it was
 * loaded: a structure change on any instance moves that version, and the schema is rebuilt on
 * next use (on this instance at once, elsewhere within the version's check interval). It is also
 * dropped first thing after a committed {@link StructureChanged} of this instance, so the
 * listeners that follow (completeness) see the new structure.
 */
@ApplicationScoped
public class CatalogSchemas {

    private final CatalogSchemaLoader loader;
    private final StructureVersion version;
    /** Bumped by every invalidation, so a load that started before one is not kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    CatalogSchemas(CatalogSchemaLoader loader, StructureVersion version) {
        this.loader = loader;
        this.version = version;
    }

    public CatalogSchema current() {
        long wanted = version.current();
        Cached snapshot = cached;
        if (snapshot != null && snapshot.version == wanted) {
            return snapshot.schema;
        }
        synchronized (this) {
            snapshot = cached;
            if (snapshot != null && snapshot.version == wanted) {
                return snapshot.schema;
            }
            long startedGeneration = generation.get();
            CatalogSchema schema = loader.load();
            if (generation.get() == startedGeneration) {
                cached = new Cached(schema, wanted);
            }
            return schema;
        }
    }

    public void invalidate() {
        generation.incrementAndGet();
        cached = null;
    }

    /** Runs before other listeners of committed structure changes, so they see the new structure. */
    void onStructureChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE) StructureChanged event) {
        invalidate();
    }

    private record Cached(CatalogSchema schema, long version) {
    }
}
