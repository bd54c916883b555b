package io.pimento.catalog.product;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A bulk writer that writes products through the services (a bulk action) rather than in bulk
 * SQL (an import): while it runs its work on this thread, what those writes announce is held back
 * for it, as an import's own announcements are, until it fires {@link BulkWriteFinished}. Writes
 * of other threads (API and UI requests meanwhile) stay interactive.
 */
public final class BulkWriter {

    // a thread-local rather than a request-scoped bean: services write outside requests too
    // (start-up, scheduled work), and the writer is the job's thread for the whole of its work
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private BulkWriter() {
    }

    /**
     * Does the work as the named bulk writer, or interactively when {@code writer} is null; the
     * caller fires {@link BulkWriteFinished} when it is done, however it ends.
     */
    public static <T> T call(String writer, Supplier<T> work) {
        String outer = CURRENT.get();
        CURRENT.set(writer);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** What a service's write announces: held back for the bulk writer of this thread, or interactive. */
    static ProductsChanged changed(Set<Long> productIds) {
        String writer = CURRENT.get();
        return writer == null ? ProductsChanged.interactive(productIds) : ProductsChanged.heldBy(writer, productIds);
    }
}
