package io.pimento.ranking;

import java.util.ArrayList;
import java.util.List;

/** Tiny hand-made click logs: {@code "s1: a b c"} is session s1 viewing a, b, c one minute apart. */
final class Logs {

    static final double DAY = 86400;

    private Logs() {
    }

    /** Sessions in order, each starting an hour after the previous one, from {@code start}. */
    static SessionLog of(double start, String... sessions) {
        List<Click> clicks = new ArrayList<>();
        double t = start;
        for (String line : sessions) {
            String[] parts = line.split(":");
            double at = t;
            for (String item : parts[1].trim().split("\\s+")) {
                clicks.add(new Click(parts[0].trim(), item, at));
                at += 60;
            }
            t += 3600;
        }
        return SessionLog.of(clicks);
    }

    static SessionLog of(String... sessions) {
        return of(0, sessions);
    }

    static int[] numbers(SessionLog log, String... items) {
        int[] n = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            n[i] = log.itemNumber(items[i]);
        }
        return n;
    }

    /** A session state viewing {@code items} one minute apart, asked at the last view. */
    static SessionState state(SessionLog log, double start, String... items) {
        double[] times = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            times[i] = start + 60 * i;
        }
        return new SessionState(numbers(log, items), times, times[times.length - 1]);
    }
}
