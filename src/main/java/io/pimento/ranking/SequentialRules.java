package io.pimento.ranking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Sequential rules (SR, Ludewig and Jannach 2018): item b gets weight 1/d from item a each time b
 * followed a within {@code maxSteps} clicks of the same session, d being the distance in clicks. The
 * rules of an item are kept sorted by target (for lookups) and by weight (for candidates).
 */
final class SequentialRules {

    static final int DEFAULT_STEPS = 10;

    private final int[][] targets;
    private final float[][] weights;
    private final int[][] byWeight;
    private final int[][] ranks;

    private SequentialRules(int[][] targets, float[][] weights, int[][] byWeight) {
        this.targets = targets;
        this.weights = weights;
        this.byWeight = byWeight;
        this.ranks = new int[targets.length][];
        for (int a = 0; a < targets.length; a++) {
            ranks[a] = new int[targets[a].length];
            for (int k = 0; k < byWeight[a].length; k++) {
                ranks[a][Arrays.binarySearch(targets[a], byWeight[a][k])] = k + 1;
            }
        }
    }

    static SequentialRules fit(SessionLog log) {
        return fit(log, DEFAULT_STEPS);
    }

    static SequentialRules fit(SessionLog log, int maxSteps) {
        int n = log.itemCount();
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] rules = new Map[n];
        for (SessionLog.Session session : log.sessions()) {
            int[] items = session.items();
            for (int i = 1; i < items.length; i++) {
                for (int d = 1; d <= maxSteps && i - d >= 0; d++) {
                    int from = items[i - d];
                    if (rules[from] == null) {
                        rules[from] = new HashMap<>();
                    }
                    rules[from].merge(items[i], 1.0 / d, Double::sum);
                }
            }
        }
        int[][] targets = new int[n][];
        float[][] weights = new float[n][];
        int[][] byWeight = new int[n][];
        for (int a = 0; a < n; a++) {
            Map<Integer, Double> r = rules[a] == null ? Map.of() : rules[a];
            int[] t = r.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] w = new float[t.length];
            for (int k = 0; k < t.length; k++) {
                w[k] = r.get(t[k]).floatValue();
            }
            targets[a] = t;
            weights[a] = w;
            byWeight[a] = Arrays.stream(t).boxed()
                    .sorted((x, y) -> {
                        int c = Float.compare(w[Arrays.binarySearch(t, y)], w[Arrays.binarySearch(t, x)]);
                        return c != 0 ? c : Integer.compare(x, y);
                    })
                    .mapToInt(Integer::intValue).toArray();
        }
        return new SequentialRules(targets, weights, byWeight);
    }

    /** The weight of the rule from → to, 0 when there is none. */
    double weight(int from, int to) {
        if (from < 0 || to < 0 || from >= targets.length) {
            return 0;
        }
        int k = Arrays.binarySearch(targets[from], to);
        return k < 0 ? 0 : weights[from][k];
    }

    /** The strongest rule from {@code from}. */
    double maxWeight(int from) {
        if (from < 0 || from >= targets.length || byWeight[from].length == 0) {
            return 0;
        }
        return weight(from, byWeight[from][0]);
    }

    /** The targets of {@code from}, strongest first (ties by item number), at most {@code limit}. */
    int[] top(int from, int limit) {
        if (from < 0 || from >= targets.length) {
            return new int[0];
        }
        return Arrays.copyOf(byWeight[from], Math.min(limit, byWeight[from].length));
    }

    /** Rank (1 = strongest) of {@code to} among the rules of {@code from}, 0 when absent. */
    int rank(int from, int to) {
        if (from < 0 || to < 0 || from >= targets.length) {
            return 0;
        }
        int k = Arrays.binarySearch(targets[from], to);
        return k < 0 ? 0 : ranks[from][k];
    }
}
