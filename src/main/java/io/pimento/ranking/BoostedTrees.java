package io.pimento.ranking;

import java.util.List;

/** A sum of regression trees: the learned re-ranker's scoring function. Immutable. */
final class BoostedTrees {

    private final List<RegressionTree> trees;
    private final int features;

    BoostedTrees(List<RegressionTree> trees, int features) {
        this.trees = List.copyOf(trees);
        this.features = features;
    }

    double score(float[] row) {
        double s = 0;
        for (RegressionTree tree : trees) {
            s += tree.predict(row);
        }
        return s;
    }

    /** Each feature's share of the row's score; the shares plus the returned bias make the score. */
    double contributions(float[] row, double[] contributions) {
        double bias = 0;
        for (RegressionTree tree : trees) {
            bias += tree.contribute(row, contributions);
        }
        return bias;
    }

    int treeCount() {
        return trees.size();
    }

    int[] splitCounts() {
        int[] counts = new int[features];
        for (RegressionTree tree : trees) {
            tree.countSplits(counts);
        }
        return counts;
    }
}
