package io.pimento.search.indexing;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * Backlog gauges for alerting: {@code pimento_search_outbox_backlog} (rows waiting),
 * {@code pimento_search_outbox_oldest_age_seconds} (how late the index is) and
 * {@code pimento_search_outbox_set_aside} (products whose documents OpenSearch kept refusing, not
 * in the other two: they wait for a person, not for the indexer). Read from the table, so they are
 * right whichever instance is indexing; cached for a second between scrapes. Plain JDBC, not
 * {@link OutboxRepository}: a scrape needs no transaction.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final Duration CACHE = Duration.ofSeconds(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private volatile Snapshot snapshot = new Snapshot(0, 0, 0, Instant.EPOCH);

    void register(@Observes StartupEvent event) {
        Gauge.builder("pimento.search.outbox.backlog", this, m -> m.read().backlog())
                .description("Product changes waiting in search_outbox to be indexed")
                .register(registry);
        Gauge.builder("pimento.search.outbox.oldest.age", this, m -> m.read().oldestAgeSeconds())
                .description("Age of the oldest row waiting in search_outbox")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("pimento.search.outbox.set.aside", this, m -> m.read().setAside())
                .description("Products set aside from search_outbox: OpenSearch kept refusing their documents")
                .register(registry);
    }

    private Snapshot read() {
        Snapshot current = snapshot;
        if (Instant.now().isBefore(current.readAt().plus(CACHE))) {
            return current;
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     """
                     select count(*) filter (where set_aside_at is null),
                            coalesce(extract(epoch from now() - min(enqueued_at) filter (where set_aside_at is null)), 0),
                            count(*) filter (where set_aside_at is not null)
                     from search_outbox""")) {
            result.next();
            current = new Snapshot(result.getLong(1), result.getDouble(2), result.getLong(3), Instant.now());
            snapshot = current;
        } catch (SQLException e) {
            LOG.debugf("Could not read the search outbox backlog: %s", e.getMessage());
        }
        return current;
    }

    private record Snapshot(long backlog, double oldestAgeSeconds, long setAside, Instant readAt) {
    }
}
