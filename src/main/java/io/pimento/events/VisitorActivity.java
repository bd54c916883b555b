package io.pimento.events;

import java.time.Instant;
import java.util.List;

/**
 * What a visitor did with personalization consent, as a placement request needs it: their most
 * recent events oldest first (the current session's among them), their explicit preferences in the
 * order given, and how many sessions they had, from when to when. {@link #NONE} for an unknown
 * visitor.
 */
public record VisitorActivity(String visitor, List<Act> events, List<VisitorEvent.Preference> preferences,
                              long sessions, Instant firstSeen, Instant lastSeen) {

    public static final VisitorActivity NONE = new VisitorActivity(null, List.of(), List.of(), 0, null, null);

    public VisitorActivity {
        events = List.copyOf(events);
        preferences = List.copyOf(preferences);
    }

    /** One event, as the profile reads it; {@code purchased} the products of a purchase. */
    public record Act(EventType type, String session, String product, String category, String query, List<String> purchased,
                      Instant at) {
        public Act {
            purchased = purchased == null ? List.of() : List.copyOf(purchased);
        }
    }

    public boolean known() {
        return sessions > 0;
    }
}
