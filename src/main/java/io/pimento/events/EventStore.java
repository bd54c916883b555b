package io.pimento.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Writes accepted events in one statement per batch (arrays unnested by PostgreSQL), in the
 * caller's transaction. A visitor merged into another ({@code visitor_alias}) is stored as that one.
 */
@ApplicationScoped
public class EventStore {

    private static final String INSERT = """
            insert into visitor_event (channel, type, visitor, session, product, category, query, response_id,
                                       personalization, occurred_at, data)
            select ?, e.type, coalesce(a.visitor, e.visitor), e.session, e.product, e.category, e.query, e.response_id,
                   e.personalization, e.occurred_at, e.data::jsonb
            from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::boolean[], ?::timestamptz[], ?::text[])
                 as e(type, visitor, session, product, category, query, response_id, personalization, occurred_at, data)
            left join visitor_alias a on a.alias = e.visitor""";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    EventStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Stores the events; {@code anonymous} ones keep no visitor or session (no consent). */
    public void write(String channel, List<VisitorEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        String[] type = new String[n];
        String[] visitor = new String[n];
        String[] session = new String[n];
        String[] product = new String[n];
        String[] category = new String[n];
        String[] query = new String[n];
        String[] responseId = new String[n];
        Boolean[] personalization = new Boolean[n];
        Timestamp[] occurredAt = new Timestamp[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            VisitorEvent event = events.get(i);
            type[i] = event.type().code();
            visitor[i] = event.personalization() ? event.visitor() : null;
            session[i] = event.personalization() ? event.session() : null;
            product[i] = event.product();
            category[i] = event.categoryCode();
            query[i] = event.query();
            responseId[i] = event.responseId();
            personalization[i] = event.personalization();
            occurredAt[i] = Timestamp.from(event.timestamp());
            data[i] = data(event).toString();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, channel);
                int p = 2;
                for (Object[] column : new Object[][]{type, visitor, session, product, category, query, responseId}) {
                    insert.setArray(p++, array(connection, "varchar", column));
                }
                insert.setArray(p++, array(connection, "boolean", personalization));
                insert.setArray(p++, array(connection, "timestamptz", occurredAt));
                insert.setArray(p, array(connection, "text", data));
                insert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    /** What has no column of its own. */
    private ObjectNode data(VisitorEvent event) {
        ObjectNode data = json.createObjectNode();
        if (event.quantity() != null) {
            data.put("quantity", event.quantity());
        }
        if (!event.items().isEmpty()) {
            var items = data.putArray("items");
            event.items().forEach(line -> {
                ObjectNode item = items.addObject().put("product", line.product()).put("quantity", line.quantity());
                if (line.price() != null) {
                    item.put("price", line.price());
                }
            });
        }
        if (event.value() != null) {
            data.put("value", event.value());
        }
        if (event.currency() != null) {
            data.put("currency", event.currency());
        }
        if (!event.products().isEmpty()) {
            var products = data.putArray("products");
            event.products().forEach(products::add);
        }
        if (!event.content().isEmpty()) {
            var content = data.putArray("content");
            event.content().forEach(content::add);
        }
        if (event.preference() != null) {
            data.putObject(event.preference().like() ? "like" : "hide")
                    .put(event.preference().kind().name().toLowerCase(java.util.Locale.ROOT), event.preference().value());
        }
        if (event.context() != null && event.personalization()) {
            data.set("context", event.context());
        }
        return data;
    }
}
