package io.pimento.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads a visitor's activity from PostgreSQL for each placement request, so that every instance
 * behind a load balancer sees an event the moment it is stored: a few index lookups on
 * {@code visitor_event (visitor, occurred_at desc)} and {@code (session, occurred_at desc)}.
 */
@ApplicationScoped
public class VisitorActivities {

    /** The most recent events a request reads: enough for the session and the recent past, bounded in cost. */
    static final int RECENT = 300;
    /** The events visits and first visit are counted over. */
    static final int PROFILE_SPAN = 10_000;
    private static final String PURCHASED = "case when type = 'purchase' then"
            + " (select string_agg(i->>'product', E'\\n') from jsonb_array_elements(data->'items') i) end";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    VisitorActivities(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The visitor's activity (a merged alias reads as the visitor it was merged into); a session alone reads that session. */
    public VisitorActivity load(String visitor, String session) {
        if ((visitor == null || visitor.isBlank()) && (session == null || session.isBlank())) {
            return VisitorActivity.NONE;
        }
        List<Object> result = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            String who = visitor;
            if (who != null) {
                try (PreparedStatement alias = connection.prepareStatement("select visitor from visitor_alias where alias = ?")) {
                    alias.setString(1, who);
                    try (ResultSet rows = alias.executeQuery()) {
                        if (rows.next()) {
                            who = rows.getString(1);
                        }
                    }
                }
            }
            List<VisitorActivity.Act> acts = new ArrayList<>();
            String recent = who != null
                    ? "select type, session, product, category, query, occurred_at, " + PURCHASED + " from visitor_event where visitor = ? and personalization"
                    + " and type <> 'preference' order by occurred_at desc limit " + RECENT
                    : "select type, session, product, category, query, occurred_at, " + PURCHASED + " from visitor_event where session = ? and personalization"
                    + " and type <> 'preference' order by occurred_at desc limit " + RECENT;
            try (PreparedStatement select = connection.prepareStatement(recent)) {
                select.setString(1, who != null ? who : session);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        acts.add(new VisitorActivity.Act(EventType.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getString(7) == null ? List.of() : List.of(rows.getString(7).split("\n")), rows.getTimestamp(6).toInstant()));
                    }
                }
            }
            Collections.reverse(acts);
            List<VisitorEvent.Preference> preferences = new ArrayList<>();
            long sessions = 0;
            Timestamp first = null;
            Timestamp last = null;
            if (who != null) {
                try (PreparedStatement select = connection.prepareStatement(
                        "select data from visitor_event where visitor = ? and type = 'preference' and personalization order by occurred_at, id")) {
                    select.setString(1, who);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            preferences.add(preference(rows.getString(1)));
                        }
                    }
                }
                try (PreparedStatement select = connection.prepareStatement(
                        // over the visitor's latest events only: a bot with millions of events costs no more than a shopper
                        "select count(distinct session), min(occurred_at), max(occurred_at) from (select session, occurred_at from visitor_event"
                                + " where visitor = ? and personalization order by occurred_at desc limit " + PROFILE_SPAN + ") latest")) {
                    select.setString(1, who);
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        sessions = rows.getLong(1);
                        first = rows.getTimestamp(2);
                        last = rows.getTimestamp(3);
                    }
                }
            } else if (!acts.isEmpty()) {
                sessions = 1;
                first = Timestamp.from(acts.get(0).at());
                last = Timestamp.from(acts.get(acts.size() - 1).at());
            }
            result.add(new VisitorActivity(who, acts, preferences, sessions, first == null ? null : first.toInstant(),
                    last == null ? null : last.toInstant()));
        });
        return (VisitorActivity) result.get(0);
    }

    private VisitorEvent.Preference preference(String data) {
        try {
            JsonNode node = json.readTree(data);
            boolean like = node.has("like");
            JsonNode choice = node.get(like ? "like" : "hide");
            String kind = choice.fieldNames().next();
            return new VisitorEvent.Preference(like, VisitorEvent.Preference.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    choice.get(kind).textValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Impressions of capped content read per request, at most: a visitor past every cap needs no more. */
    static final int MAX_CONTENT_IMPRESSIONS = 5_000;

    /**
     * When the visitor (as {@link #load} resolved it), or else the session, was shown each of these
     * content items since {@code since}, by code as the impression events named it (case-insensitive).
     */
    public Map<String, List<Instant>> contentImpressions(String visitor, String session, Collection<String> codes, Instant since) {
        Map<String, List<Instant>> shown = new HashMap<>();
        if ((visitor == null && (session == null || session.isBlank())) || codes.isEmpty()) {
            return shown;
        }
        List<String> lower = codes.stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select lower(c.code), e.occurred_at from visitor_event e"
                    + " cross join lateral jsonb_array_elements_text(e.data->'content') c(code)"
                    + " where e." + (visitor != null ? "visitor" : "session") + " = ? and e.type = 'impression' and e.occurred_at >= ?"
                    + " and lower(c.code) = any(?) order by e.occurred_at desc limit " + MAX_CONTENT_IMPRESSIONS)) {
                select.setString(1, visitor != null ? visitor : session);
                select.setTimestamp(2, Timestamp.from(since));
                select.setArray(3, connection.createArrayOf("varchar", lower.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        shown.computeIfAbsent(rows.getString(1), code -> new ArrayList<>()).add(rows.getTimestamp(2).toInstant());
                    }
                }
            }
        });
        return shown;
    }
}
