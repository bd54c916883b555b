package io.pimento.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The version of the catalog's structure (attributes, families, categories, channels, locales...),
 * the one mechanism by which every in-memory copy of the structure goes stale: the product
 * validator's {@code CatalogSchemas} and the search mapping's {@code CatalogStructures}.
 *
 * <p>Every {@link StructureChanged} moves the shared row in the writer's own transaction, so the
 * new version is visible exactly when the change is. An instance reads the row at most every
 * {@code pimento.catalog.version.check-interval}, and at once after a structure change of its own:
 * a copy kept under the version read before loading it is stale as soon as the version moves.
 * Unlike {@link CatalogVersion}, product writes do not move it, so the structure caches survive
 * imports.
 */
@ApplicationScoped
public class StructureVersion {

    private static final Logger LOG = Logger.getLogger(StructureVersion.class);

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final long checkIntervalNanos;
    private volatile long known = -1;
    private volatile long checkedAtNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    StructureVersion(EntityManager entityManager, DataSource dataSource,
                     @ConfigProperty(name = "pimento.catalog.version.check-interval", defaultValue = "1s") Duration checkInterval) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    /** The version as this instance last read it, read again when older than the check interval. */
    public long current() {
        if (known < 0 || System.nanoTime() - checkedAtNanos >= checkIntervalNanos) {
            check();
        }
        return known;
    }

    /** The version in the caller's transaction (what a copy loaded in it is up to). */
    public long inTransaction() {
        return ((Number) entityManager.createNativeQuery("select version from catalog_structure_version where id = 1")
                .getSingleResult()).longValue();
    }

    /** Moves the shared version in the transaction that changes the structure. */
    @Transactional
    void onStructureChanging(@Observes StructureChanged event) {
        entityManager.createNativeQuery("update catalog_structure_version set version = version + 1 where id = 1").executeUpdate();
    }

    /** A change of our own is seen here at once, not a check interval later. */
    void onStructureChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) StructureChanged event) {
        checkedAtNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    }

    private synchronized void check() {
        long now = System.nanoTime();
        if (known >= 0 && now - checkedAtNanos < checkIntervalNanos) {
            return; // another thread just checked
        }
        checkedAtNanos = now; // also when the database is down: do not ask it on every call
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select version from catalog_structure_version where id = 1")) {
            result.next();
            known = result.getLong(1);
        } catch (SQLException e) {
            LOG.debugf("Could not read the structure version: %s", e.getMessage());
        }
    }
}
