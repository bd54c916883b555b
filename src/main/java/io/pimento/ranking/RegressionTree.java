package io.pimento.ranking;

/**
 * A binary regression tree in flat arrays: node 0 is the root; an inner node sends a row left when
 * {@code row[feature] <= threshold}; every node keeps the value it would predict as a leaf, so a
 * prediction can be split into the features that moved it along its path (Saabas contributions).
 */
final class RegressionTree {

    private final int[] feature;
    private final float[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    RegressionTree(int[] feature, float[] threshold, int[] left, int[] right, double[] value) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
    }

    double predict(float[] row) {
        int node = 0;
        while (feature[node] >= 0) {
            node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    /** Adds to {@code contributions} what each feature changed along the row's path; returns the root value. */
    double contribute(float[] row, double[] contributions) {
        int node = 0;
        while (feature[node] >= 0) {
            int next = row[feature[node]] <= threshold[node] ? left[node] : right[node];
            contributions[feature[node]] += value[next] - value[node];
            node = next;
        }
        return value[0];
    }

    int size() {
        return feature.length;
    }

    /** Number of splits on each feature (for the docs' feature table). */
    void countSplits(int[] counts) {
        for (int f : feature) {
            if (f >= 0) {
                counts[f]++;
            }
        }
    }
}
