package io.pimento.catalog.product.schema;

import io.pimento.catalog.StructureChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The current {@link CatalogSchema}, cached. It is dropped after any committed
 * {@link StructureChanged} and rebuilt on next use. Another instance of the application cannot
 * tell us about its structure changes, so a schema older than {@code pimento.catalog.schema.max-age}
 * is rebuilt too: across instances a structure change is seen within that delay.
 */
@ApplicationScoped
public class CatalogSchemas {

    private final CatalogSchemaLoader loader;
    private final long maxAgeNanos;
    /** Bumped by every invalidation, so a load that started before one is not kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    CatalogSchemas(CatalogSchemaLoader loader,
                   @ConfigProperty(name = "pimento.catalog.schema.max-age", defaultValue = "30s") Duration maxAge) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public CatalogSchema current() {
        Cached snapshot = cached;
        if (snapshot != null && System.nanoTime() - snapshot.loadedAtNanos < maxAgeNanos) {
            return snapshot.schema;
        }
        synchronized (this) {
            snapshot = cached;
            if (snapshot != null && System.nanoTime() - snapshot.loadedAtNanos < maxAgeNanos) {
                return snapshot.schema;
            }
            long startedGeneration = generation.get();
            long startedAt = System.nanoTime();
            CatalogSchema schema = loader.load();
            if (generation.get() == startedGeneration) {
                cached = new Cached(schema, startedAt);
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

    private record Cached(CatalogSchema schema, long loadedAtNanos) {
    }
}
