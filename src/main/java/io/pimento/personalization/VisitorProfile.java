package io.pimento.personalization;

import io.pimento.events.EventType;
import io.pimento.events.VisitorActivity;
import io.pimento.events.VisitorEvent;
import io.pimento.ranking.ViewedItem;
import io.pimento.targeting.condition.Behavior;
import io.pimento.targeting.condition.BehaviorCounts;
import io.pimento.targeting.condition.VisitorContext;
import io.pimento.targeting.condition.Within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a placement request knows of its visitor, derived from their consented activity: the items
 * the ranker reads (this session's, after a few of the visitor's earlier ones), the behaviour counts
 * segments test, how often and how recently they came, and their explicit preferences (the latest
 * choice about a thing wins). Plain Java, so the rules are tested as a table.
 */
public record VisitorProfile(List<ViewedItem> history, BehaviorCounts counts, long visits, boolean returning,
                             Map<Preferences.Key, Boolean> preferences) {

    /** Items of the visitor's earlier sessions put before this session's: what they did before, weighted down by age. */
    static final int EARLIER_ITEMS = 5;

    public static final VisitorProfile NONE = of(VisitorActivity.NONE, null);

    /** Keys of explicit preferences. */
    public static final class Preferences {
        private Preferences() {
        }

        public record Key(VisitorEvent.Preference.Kind kind, String value) {
            public Key {
                value = value.toLowerCase(Locale.ROOT);
            }
        }
    }

    public static VisitorProfile of(VisitorActivity activity, String session) {
        List<ViewedItem> earlier = new ArrayList<>();
        List<ViewedItem> current = new ArrayList<>();
        for (VisitorActivity.Act act : activity.events()) {
            if (act.product() != null && (act.type() == EventType.VIEW || act.type() == EventType.CLICK
                    || act.type() == EventType.ADD_TO_CART)) {
                ViewedItem item = new ViewedItem(act.product(), act.at().toEpochMilli() / 1000.0);
                (Objects.equals(act.session(), session) ? current : earlier).add(item);
            }
        }
        List<ViewedItem> history = new ArrayList<>(earlier.subList(Math.max(0, earlier.size() - EARLIER_ITEMS), earlier.size()));
        history.addAll(current);
        Map<Preferences.Key, Boolean> preferences = new LinkedHashMap<>();
        for (VisitorEvent.Preference preference : activity.preferences()) {
            Preferences.Key key = new Preferences.Key(preference.kind(), preference.value());
            preferences.remove(key);
            preferences.put(key, preference.like());
        }
        boolean returning = activity.events().stream().anyMatch(act -> act.session() != null && !act.session().equals(session));
        long visits = activity.sessions() + (activity.events().stream().anyMatch(act -> Objects.equals(act.session(), session)) || session == null ? 0 : 1);
        return new VisitorProfile(List.copyOf(history), counts(activity.events(), session), visits, returning, Map.copyOf(preferences));
    }

    /**
     * The context with what the channel did not send filled in from the profile: {@code new} and
     * {@code visits} (a channel's own values win).
     */
    public VisitorContext complete(VisitorContext context) {
        if (visits == 0) {
            return context;
        }
        return new VisitorContext(context.device(), context.country(), context.referrer(), context.utmSource(), context.utmCampaign(),
                context.isNew() != null ? context.isNew() : !returning, context.visits() != null ? context.visits() : visits,
                context.tier(), context.custom());
    }

    /** True when the visitor hid the thing; false when they liked it; null when they said nothing. */
    public Boolean likes(VisitorEvent.Preference.Kind kind, String value) {
        return value == null ? null : preferences.get(new Preferences.Key(kind, value));
    }

    public boolean hasPreferences() {
        return !preferences.isEmpty();
    }

    private static BehaviorCounts counts(List<VisitorActivity.Act> acts, String session) {
        List<VisitorActivity.Act> copy = List.copyOf(acts);
        return (behavior, value, within) -> copy.stream()
                .filter(act -> within == Within.HISTORY || Objects.equals(act.session(), session))
                .mapToLong(act -> matches(act, behavior, value))
                .sum();
    }

    /** How many times the act did the behaviour about the value (a purchase of several matching products counts each). */
    private static long matches(VisitorActivity.Act act, Behavior behavior, String value) {
        return switch (behavior) {
            case VIEWED_CATEGORY -> act.type() == EventType.CATEGORY_VIEW && same(act.category(), value) ? 1 : 0;
            case VIEWED_PRODUCT -> act.type() == EventType.VIEW && same(act.product(), value) ? 1 : 0;
            case SEARCHED -> act.type() == EventType.SEARCH && (value == null
                    || act.query().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) ? 1 : 0;
            case ADDED_TO_CART -> act.type() == EventType.ADD_TO_CART && same(act.product(), value) ? 1 : 0;
            case PURCHASED -> act.type() != EventType.PURCHASE ? 0
                    : value == null ? 1 : act.purchased().stream().filter(p -> p.equalsIgnoreCase(value)).count();
        };
    }

    private static boolean same(String actual, String wanted) {
        return wanted == null || actual != null && actual.equalsIgnoreCase(wanted);
    }
}
