package io.pimento.catalog;

import io.pimento.catalog.product.ProductsChanged;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the catalog as readers that cache it see it (resolved feed items, placement
 * candidates): a value that moves whenever a product, a product model, the structure, a channel's
 * feed settings or the search index changed, on this instance or any other.
 *
 * <p>A change committed on this instance moves it at once. It also moves the shared
 * {@code catalog_version} sequence, after the commit (so a reader that saw the new value reads
 * the new data), and every instance reads that sequence at most every
 * {@code pimento.catalog.version.check-interval}: a change made elsewhere is seen within it. A
 * sequence rather than a row: writers (imports run many transactions) never wait on each other
 * for it. Caches keep what they load under the version read before loading, and treat an entry of
 * another version as missing.
 */
@ApplicationScoped
public class CatalogVersion {

    private static final Logger LOG = Logger.getLogger(CatalogVersion.class);

    /**
     * Fired by writers whose change is neither a product nor a structure change (feed settings,
     * the search index). A change of the search index is announced twice: when its batch is
     * committed and once more after the index's refresh interval, when searches see it.
     */
    public record Changed(String what, boolean inSearchIndex) {

        public static Changed of(String what) {
            return new Changed(what, false);
        }

        public static Changed searchIndex() {
            return new Changed("search index", true);
        }
    }

    private final DataSource dataSource;
    private final long checkIntervalNanos;
    private final long indexRefreshMillis;
    private final AtomicLong local = new AtomicLong();
    private final AtomicBoolean bumpPending = new AtomicBoolean();
    private final ScheduledExecutorService bumper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "catalog-version");
        thread.setDaemon(true);
        return thread;
    });
    /** The shared sequence's value as last read (or moved by this instance); -1 before the first read. */
    private long knownShared = -1;
    private volatile long checkedAtNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    CatalogVersion(DataSource dataSource,
                   @ConfigProperty(name = "pimento.catalog.version.check-interval", defaultValue = "1s") Duration checkInterval,
                   @ConfigProperty(name = "pimento.catalog.version.index-refresh", defaultValue = "1s") Duration indexRefresh) {
        this.dataSource = dataSource;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.indexRefreshMillis = indexRefresh.toMillis();
    }

    /** The current version: equal values mean nothing a cache holds changed in between (within the check interval for other instances). */
    public long current() {
        if (System.nanoTime() - checkedAtNanos >= checkIntervalNanos) {
            check();
        }
        return local.get();
    }

    void onProductsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged event) {
        changed();
    }

    void onStructureChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StructureChanged event) {
        changed();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        changed();
        if (event.inSearchIndex() && indexRefreshMillis > 0) {
            bumper.schedule(this::changed, indexRefreshMillis, TimeUnit.MILLISECONDS);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        bumper.shutdown();
    }

    private void changed() {
        local.incrementAndGet();
        // one shared bump for a burst of commits (an import commits many batches)
        if (bumpPending.compareAndSet(false, true)) {
            bumper.execute(this::bumpShared);
        }
    }

    private synchronized void check() {
        long now = System.nanoTime();
        if (now - checkedAtNanos < checkIntervalNanos) {
            return; // another thread just checked
        }
        checkedAtNanos = now; // also when the database is down: do not ask it on every request
        try {
            long shared = query("select last_value from catalog_version");
            if (shared != knownShared) {
                knownShared = shared;
                local.incrementAndGet();
            }
        } catch (SQLException e) {
            LOG.debugf("Could not read the catalog version: %s", e.getMessage());
        }
    }

    private void bumpShared() {
        bumpPending.set(false);
        try {
            long bumped = query("select nextval('catalog_version')");
            synchronized (this) {
                if (bumped == knownShared + 1) {
                    knownShared = bumped; // only our own change since the last read: nothing to reload
                }
            }
        } catch (SQLException e) {
            // other instances see the change at their next product or structure change instead
            LOG.warnf("Could not publish a catalog change to other instances: %s", e.getMessage());
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
