package io.pimento.ranking;

import java.util.Arrays;

/** When each item was first and last clicked in the log: new items and items that went quiet. */
final class ItemFreshness {

    private final double[] firstSeen;
    private final double[] lastSeen;

    private ItemFreshness(double[] firstSeen, double[] lastSeen) {
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
    }

    static ItemFreshness fit(SessionLog log) {
        double[] first = new double[log.itemCount()];
        double[] last = new double[log.itemCount()];
        Arrays.fill(first, Double.MAX_VALUE);
        Arrays.fill(last, -Double.MAX_VALUE);
        for (SessionLog.Session session : log.sessions()) {
            for (int i = 0; i < session.length(); i++) {
                int item = session.items()[i];
                first[item] = Math.min(first[item], session.times()[i]);
                last[item] = Math.max(last[item], session.times()[i]);
            }
        }
        return new ItemFreshness(first, last);
    }

    /** Days between the item's first click and {@code now}; 0 for an item never seen. */
    double ageDays(int item, double now) {
        return item < 0 ? 0 : Math.max(0, (now - firstSeen[item]) / 86400);
    }

    /** Days between the item's last click and {@code now}; 0 for an item never seen. */
    double quietDays(int item, double now) {
        return item < 0 ? 0 : Math.max(0, (now - lastSeen[item]) / 86400);
    }
}
