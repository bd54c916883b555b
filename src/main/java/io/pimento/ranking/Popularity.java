package io.pimento.ranking;

import java.util.Arrays;

/**
 * How often each item was clicked: the plain count and a count decayed with a half-life, as of the
 * log's last click, so that what sells today outranks what sold last week. Also the most-popular
 * baseline's order.
 */
final class Popularity {

    static final double DEFAULT_HALF_LIFE_DAYS = 1;

    private final int[] counts;
    private final double[] decayed;
    private final int[] byDecayed;
    private final int[] rank;

    private Popularity(int[] counts, double[] decayed) {
        this.counts = counts;
        this.decayed = decayed;
        this.byDecayed = order(decayed);
        this.rank = new int[counts.length];
        for (int r = 0; r < byDecayed.length; r++) {
            rank[byDecayed[r]] = r + 1;
        }
    }

    static Popularity fit(SessionLog log) {
        return fit(log, DEFAULT_HALF_LIFE_DAYS);
    }

    static Popularity fit(SessionLog log, double halfLifeDays) {
        int[] counts = new int[log.itemCount()];
        double[] decayed = new double[log.itemCount()];
        double end = log.lastTime();
        double rate = Math.log(2) / (halfLifeDays * 86400);
        for (SessionLog.Session session : log.sessions()) {
            for (int i = 0; i < session.length(); i++) {
                counts[session.items()[i]]++;
                decayed[session.items()[i]] += Math.exp(-(end - session.times()[i]) * rate);
            }
        }
        return new Popularity(counts, decayed);
    }

    private static int[] order(double[] values) {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> {
                    int c = Double.compare(values[b], values[a]);
                    return c != 0 ? c : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue).toArray();
    }

    int count(int item) {
        return item < 0 ? 0 : counts[item];
    }

    double decayed(int item) {
        return item < 0 ? 0 : decayed[item];
    }

    /** 1 for the most popular item (by decayed count); the item count + 1 for unknown items. */
    int rank(int item) {
        return item < 0 ? counts.length + 1 : rank[item];
    }

    /** The {@code limit} most popular items by decayed count, ties by item number. */
    int[] top(int limit) {
        return Arrays.copyOf(byDecayed, Math.min(limit, byDecayed.length));
    }

    /** The {@code limit} most clicked items of the whole log (the classic baseline), ties by item number. */
    int[] topByCount(int limit) {
        double[] c = Arrays.stream(counts).asDoubleStream().toArray();
        int[] order = order(c);
        return Arrays.copyOf(order, Math.min(limit, order.length));
    }
}
