package io.pimento.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What Pimento holds about a visitor, for the visitor: everything exported as JSON, erased on
 * request, an anonymous visitor merged into the known one they logged in as, and events older
 * than the retention purged.
 */
@ApplicationScoped
public class VisitorData {

    private static final Logger LOG = Logger.getLogger(VisitorData.class);
    private static final int PURGE_CHUNK = 10_000;

    /** Everything about a visitor: the ids merged into them and every event, oldest first. */
    public record Export(String visitor, List<String> aliases, long sessions, Instant firstSeen, Instant lastSeen, List<JsonNode> events) {
    }

    /** What an erasure removed. */
    public record Erased(String visitor, long events, long aliases) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventsConfig config;
    private final Clock clock = Clock.systemUTC();

    VisitorData(EntityManager entityManager, ObjectMapper json, EventsConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
    }

    /** 404 when nothing is held about the visitor (or the id was merged into another: ask for that one). */
    public Export export(String visitor) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<String> aliases = aliases(visitor);
            List<JsonNode> events = new ArrayList<>();
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement("""
                        select channel, type, session, product, category, query, response_id, occurred_at, received_at, data
                        from visitor_event where visitor = ? order by occurred_at, id""")) {
                    select.setString(1, visitor);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ObjectNode event = json.createObjectNode();
                            event.put("channel", rows.getString(1)).put("type", rows.getString(2));
                            put(event, "session", rows.getString(3));
                            put(event, "product", rows.getString(4));
                            put(event, "category", rows.getString(5));
                            put(event, "query", rows.getString(6));
                            put(event, "responseId", rows.getString(7));
                            event.put("timestamp", rows.getTimestamp(8).toInstant().toString());
                            event.put("received", rows.getTimestamp(9).toInstant().toString());
                            event.setAll((ObjectNode) read(rows.getString(10)));
                            events.add(event);
                        }
                    }
                }
            });
            if (events.isEmpty() && aliases.isEmpty()) {
                throw new NotFoundException("nothing is held about visitor '%s'".formatted(visitor));
            }
            long sessions = events.stream().map(e -> e.path("session").asText(null)).filter(java.util.Objects::nonNull).distinct().count();
            Instant first = events.isEmpty() ? null : Instant.parse(events.get(0).get("timestamp").textValue());
            Instant last = events.isEmpty() ? null : Instant.parse(events.get(events.size() - 1).get("timestamp").textValue());
            return new Export(visitor, aliases, sessions, first, last, events);
        });
    }

    /** Erases the visitor's events and the ids merged into them; the next request treats them as new. */
    public Erased erase(String visitor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> aliases = aliases(visitor);
            long events = entityManager.createNativeQuery("delete from visitor_event where visitor = :v or visitor in (:aliases)")
                    .setParameter("v", visitor).setParameter("aliases", aliases.isEmpty() ? List.of(visitor) : aliases).executeUpdate();
            long removed = entityManager.createNativeQuery("delete from visitor_alias where visitor = :v or alias = :v")
                    .setParameter("v", visitor).executeUpdate();
            return new Erased(visitor, events, removed);
        });
    }

    /**
     * Merges {@code from} (an anonymous visitor who logged in) into {@code into}: their events become
     * the known visitor's, and later events sent with {@code from} are stored as {@code into}'s.
     */
    public long merge(String into, String from) {
        if (from == null || from.isBlank() || from.length() > EventParser.MAX_ID) {
            throw BadRequestException.of("from", "from is the visitor id to merge into this one (at most %d characters)".formatted(EventParser.MAX_ID));
        }
        if (from.equals(into)) {
            throw BadRequestException.of("from", "a visitor cannot be merged into itself");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            long moved = entityManager.createNativeQuery("update visitor_event set visitor = :into where visitor = :from")
                    .setParameter("into", into).setParameter("from", from).executeUpdate();
            // ids merged into `from` earlier now point to `into` as well
            entityManager.createNativeQuery("update visitor_alias set visitor = :into where visitor = :from")
                    .setParameter("into", into).setParameter("from", from).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into visitor_alias (alias, visitor) values (:from, :into)
                            on conflict (alias) do update set visitor = excluded.visitor, merged_at = now()""")
                    .setParameter("into", into).setParameter("from", from).executeUpdate();
            return moved;
        });
    }

    @Scheduled(identity = "visitor-event-retention", every = "${pimento.events.purge-every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Deletes the events older than the retention, a chunk at a time so no transaction grows large; returns how many. */
    public long purgeExpired() {
        Instant before = clock.instant().minus(config.retention());
        long total = 0;
        while (true) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from visitor_event where id in
                              (select id from visitor_event where occurred_at < :before limit %d)""".formatted(PURGE_CHUNK))
                    .setParameter("before", Timestamp.from(before)).executeUpdate());
            total += deleted;
            if (deleted < PURGE_CHUNK) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("Purged %d visitor events older than %s (pimento.events.retention)", total, before);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private List<String> aliases(String visitor) {
        return entityManager.createNativeQuery("select alias from visitor_alias where visitor = :v order by alias")
                .setParameter("v", visitor).getResultList();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
