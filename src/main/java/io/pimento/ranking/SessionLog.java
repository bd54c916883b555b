package io.pimento.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Clicks grouped into sessions, each ordered by time, with items numbered densely so the signal
 * extractors work on int arrays. Sessions are ordered by their last click (then id), so "the most
 * recent sessions" and "the last day" are suffixes. Immutable.
 */
public final class SessionLog {

    /** A session's items (dense numbers of {@link #itemId(int)}) and click times, in click order. */
    public record Session(String id, int[] items, double[] times) {
        public double start() {
            return times[0];
        }

        public double end() {
            return times[times.length - 1];
        }

        public int length() {
            return items.length;
        }
    }

    private final List<Session> sessions;
    private final List<String> itemIds;
    private final Map<String, Integer> itemNumbers;

    private SessionLog(List<Session> sessions, List<String> itemIds, Map<String, Integer> itemNumbers) {
        this.sessions = List.copyOf(sessions);
        this.itemIds = List.copyOf(itemIds);
        this.itemNumbers = Map.copyOf(itemNumbers);
    }

    /** Groups clicks by session; within a session clicks are ordered by time, then by input order. */
    public static SessionLog of(Collection<Click> clicks) {
        Map<String, List<Click>> bySession = new LinkedHashMap<>();
        for (Click click : clicks) {
            bySession.computeIfAbsent(click.sessionId(), id -> new ArrayList<>()).add(click);
        }
        List<String> itemIds = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        // Items are numbered in order of first appearance over sessions sorted by start: stable across runs.
        List<List<Click>> groups = new ArrayList<>(bySession.values());
        for (List<Click> group : groups) {
            group.sort(Comparator.comparingDouble(Click::timestamp));
        }
        groups.sort(Comparator.<List<Click>>comparingDouble(g -> g.get(0).timestamp())
                .thenComparing(g -> g.get(0).sessionId()));
        List<Session> sessions = new ArrayList<>(groups.size());
        for (List<Click> group : groups) {
            int[] items = new int[group.size()];
            double[] times = new double[group.size()];
            for (int i = 0; i < items.length; i++) {
                Click click = group.get(i);
                items[i] = numbers.computeIfAbsent(click.itemId(), id -> {
                    itemIds.add(id);
                    return itemIds.size() - 1;
                });
                times[i] = click.timestamp();
            }
            sessions.add(new Session(group.get(0).sessionId(), items, times));
        }
        sessions.sort(Comparator.comparingDouble(Session::end).thenComparing(Session::id));
        return new SessionLog(sessions, itemIds, numbers);
    }

    /** The clicks of the sessions that pass {@code keep}, as a new log (items renumbered). */
    public SessionLog filter(Predicate<Session> keep) {
        List<Click> clicks = new ArrayList<>();
        for (Session session : sessions) {
            if (keep.test(session)) {
                for (int i = 0; i < session.length(); i++) {
                    clicks.add(new Click(session.id(), itemIds.get(session.items()[i]), session.times()[i]));
                }
            }
        }
        return of(clicks);
    }

    /** Sessions that ended before {@code time}: the training part of a time split. */
    public SessionLog endingBefore(double time) {
        return filter(s -> s.end() < time);
    }

    public List<Session> sessions() {
        return sessions;
    }

    public int itemCount() {
        return itemIds.size();
    }

    public String itemId(int number) {
        return itemIds.get(number);
    }

    /** The dense number of an item, or -1 when the log never saw it. */
    public int itemNumber(String itemId) {
        Integer number = itemNumbers.get(itemId);
        return number == null ? -1 : number;
    }

    /** Time of the last click in the log (0 when empty). */
    public double lastTime() {
        return sessions.isEmpty() ? 0 : sessions.get(sessions.size() - 1).end();
    }

    public int clickCount() {
        int n = 0;
        for (Session s : sessions) {
            n += s.length();
        }
        return n;
    }

    @Override
    public String toString() {
        return "SessionLog[" + sessions.size() + " sessions, " + itemIds.size() + " items]";
    }
}
