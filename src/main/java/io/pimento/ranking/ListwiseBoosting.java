package io.pimento.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient boosting of regression trees with a listwise softmax loss: for each query (one session
 * state and its candidates, exactly one of which was clicked next) the loss is the cross-entropy of
 * the softmax of the candidates' scores against the clicked one. Each tree fits the Newton step of
 * that loss on histogram-binned features (at most 255 bins, quantile cut points), grown level by level
 * to {@code maxDepth}. Single-threaded and free of randomness, so the same data gives the same trees.
 *
 * <p>Why not a library: xgboost4j brings a native library, libgomp and Scala; Tribuo's trees have no
 * ranking loss; Smile is GPL. This is about two hundred lines and is unit-tested.
 */
final class ListwiseBoosting {

    record Params(int trees, int maxDepth, double learningRate, double l2, double minChildHessian, int bins) {
        static final Params DEFAULT = new Params(150, 5, 0.1, 1.0, 5.0, 32);
    }

    /** Rows of features grouped in queries: query q is rows [start[q], start[q+1]), its clicked row is positive[q]. */
    record Dataset(float[][] rows, int[] start, int[] positive) {
        int queries() {
            return positive.length;
        }

        /** The queries of several datasets, in order. */
        static Dataset concat(List<Dataset> parts) {
            int rows = parts.stream().mapToInt(p -> p.rows().length).sum();
            int queries = parts.stream().mapToInt(Dataset::queries).sum();
            float[][] r = new float[rows][];
            int[] start = new int[queries + 1];
            int[] positive = new int[queries];
            int rowOffset = 0;
            int q = 0;
            for (Dataset part : parts) {
                System.arraycopy(part.rows(), 0, r, rowOffset, part.rows().length);
                for (int k = 0; k < part.queries(); k++) {
                    start[q] = part.start()[k] + rowOffset;
                    positive[q++] = part.positive()[k] + rowOffset;
                }
                rowOffset += part.rows().length;
            }
            start[queries] = rows;
            return new Dataset(r, start, positive);
        }
    }

    private final Params params;

    ListwiseBoosting(Params params) {
        this.params = params;
    }

    BoostedTrees fit(Dataset data) {
        int n = data.rows().length;
        int features = n == 0 ? Feature.COUNT : data.rows()[0].length;
        float[][] cuts = new float[features][];
        // Row-major: a histogram pass reads each row's bins, gradient and hessian once, in order.
        byte[] bins = new byte[n * features];
        for (int f = 0; f < features; f++) {
            cuts[f] = cutPoints(data.rows(), f, params.bins());
            for (int i = 0; i < n; i++) {
                bins[i * features + f] = (byte) binOf(cuts[f], data.rows()[i][f]);
            }
        }
        double[] score = new double[n];
        double[] g = new double[n];
        double[] h = new double[n];
        List<RegressionTree> trees = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int t = 0; t < params.trees(); t++) {
            gradients(data, score, g, h);
            RegressionTree tree = new TreeBuilder(bins, cuts, g, h).build(all);
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                score[i] += tree.predict(data.rows()[i]);
            }
        }
        return new BoostedTrees(trees, features);
    }

    /** Mean softmax loss of {@code model} on {@code data} (for tests and logs). */
    static double loss(BoostedTrees model, Dataset data) {
        double total = 0;
        for (int q = 0; q < data.queries(); q++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] s = new double[data.start()[q + 1] - data.start()[q]];
            for (int i = 0; i < s.length; i++) {
                s[i] = model.score(data.rows()[data.start()[q] + i]);
                max = Math.max(max, s[i]);
            }
            double z = 0;
            for (double v : s) {
                z += Math.exp(v - max);
            }
            total += -(s[data.positive()[q] - data.start()[q]] - max - Math.log(z));
        }
        return data.queries() == 0 ? 0 : total / data.queries();
    }

    private static void gradients(Dataset data, double[] score, double[] g, double[] h) {
        for (int q = 0; q < data.queries(); q++) {
            int from = data.start()[q];
            int to = data.start()[q + 1];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                max = Math.max(max, score[i]);
            }
            double z = 0;
            for (int i = from; i < to; i++) {
                z += Math.exp(score[i] - max);
            }
            for (int i = from; i < to; i++) {
                double p = Math.exp(score[i] - max) / z;
                g[i] = p - (i == data.positive()[q] ? 1 : 0);
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
        }
    }

    /**
     * Up to {@code bins - 1} cut points: half at quantiles of the rows' values, half at quantiles of
     * the distinct values, so that a feature most rows share one value of (an item never viewed in
     * the session) still gets cut finely among the rows that differ.
     */
    static float[] cutPoints(float[][] rows, int f, int bins) {
        float[] values = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][f];
        }
        Arrays.sort(values);
        float[] distinct = new float[values.length];
        int d = 0;
        for (float v : values) {
            if (d == 0 || distinct[d - 1] != v) {
                distinct[d++] = v;
            }
        }
        if (d <= bins) {
            return Arrays.copyOf(distinct, Math.max(0, d - 1));
        }
        int half = bins / 2;
        float[] cuts = new float[2 * half];
        for (int k = 1; k <= half; k++) {
            cuts[2 * k - 2] = values[(int) ((long) k * values.length / (half + 1))];
            cuts[2 * k - 1] = distinct[(int) ((long) k * d / (half + 1))];
        }
        Arrays.sort(cuts);
        int c = 0;
        for (float v : cuts) {
            if ((c == 0 || cuts[c - 1] < v) && v < distinct[d - 1]) {
                cuts[c++] = v;
            }
        }
        return Arrays.copyOf(cuts, Math.min(c, bins - 1));
    }

    /** The bin of a value: the first cut point it does not exceed, or after the last. */
    static int binOf(float[] cuts, float value) {
        int k = Arrays.binarySearch(cuts, value);
        return k >= 0 ? k : -k - 1;
    }

    private final class TreeBuilder {
        private final byte[] bins;
        private final float[][] cuts;
        private final int features;
        private final int stride;
        private final double[] g;
        private final double[] h;
        private final List<int[]> nodes = new ArrayList<>(); // feature, left, right
        private final List<Float> thresholds = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        TreeBuilder(byte[] bins, float[][] cuts, double[] g, double[] h) {
            this.bins = bins;
            this.cuts = cuts;
            this.features = cuts.length;
            this.stride = 2 * (params.bins() + 1);
            this.g = g;
            this.h = h;
        }

        RegressionTree build(int[] rows) {
            double[] hist = histogram(rows, rows.length);
            grow(rows, rows.length, hist, 0);
            int size = nodes.size();
            int[] feature = new int[size];
            float[] threshold = new float[size];
            int[] left = new int[size];
            int[] right = new int[size];
            double[] value = new double[size];
            for (int k = 0; k < size; k++) {
                feature[k] = nodes.get(k)[0];
                left[k] = nodes.get(k)[1];
                right[k] = nodes.get(k)[2];
                threshold[k] = thresholds.get(k);
                value[k] = values.get(k);
            }
            return new RegressionTree(feature, threshold, left, right, value);
        }

        /**
         * hist[f * stride + 2b] is the sum of gradients of the rows in bin b of feature f,
         * hist[f * stride + 2b + 1] the sum of their hessians.
         */
        private double[] histogram(int[] rows, int count) {
            double[] hist = new double[features * stride];
            for (int k = 0; k < count; k++) {
                int i = rows[k];
                double gi = g[i];
                double hi = h[i];
                int offset = i * features;
                for (int f = 0; f < features; f++) {
                    int b = f * stride + ((bins[offset + f] & 0xff) << 1);
                    hist[b] += gi;
                    hist[b + 1] += hi;
                }
            }
            return hist;
        }

        private int grow(int[] rows, int count, double[] hist, int depth) {
            double sumG = 0;
            double sumH = 0;
            for (int b = 0; b < 2 * (cuts[0].length + 1); b += 2) {
                sumG += hist[b];
                sumH += hist[b + 1];
            }
            int id = nodes.size();
            nodes.add(new int[] {-1, -1, -1});
            thresholds.add(0f);
            values.add(-sumG / (sumH + params.l2()) * params.learningRate());
            if (depth >= params.maxDepth()) {
                return id;
            }
            double parentGain = sumG * sumG / (sumH + params.l2());
            double bestGain = 1e-9;
            int bestFeature = -1;
            int bestBin = -1;
            for (int f = 0; f < features; f++) {
                int base = f * stride;
                double gl = 0;
                double hl = 0;
                for (int b = 0; b < 2 * cuts[f].length; b += 2) {
                    gl += hist[base + b];
                    hl += hist[base + b + 1];
                    double hr = sumH - hl;
                    if (hl < params.minChildHessian() || hr < params.minChildHessian()) {
                        continue;
                    }
                    double gr = sumG - gl;
                    double gain = gl * gl / (hl + params.l2()) + gr * gr / (hr + params.l2()) - parentGain;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = b >> 1;
                    }
                }
            }
            if (bestFeature < 0) {
                return id;
            }
            // Partition in place: left rows first, order kept within each side.
            int[] leftRows = new int[count];
            int[] rightRows = new int[count];
            int nl = 0;
            int nr = 0;
            for (int k = 0; k < count; k++) {
                int i = rows[k];
                if ((bins[i * features + bestFeature] & 0xff) <= bestBin) {
                    leftRows[nl++] = i;
                } else {
                    rightRows[nr++] = i;
                }
            }
            double[] leftHist;
            double[] rightHist;
            if (nl <= nr) {
                leftHist = histogram(leftRows, nl);
                rightHist = subtract(hist, leftHist);
            } else {
                rightHist = histogram(rightRows, nr);
                leftHist = subtract(hist, rightHist);
            }
            nodes.get(id)[0] = bestFeature;
            thresholds.set(id, cuts[bestFeature][bestBin]);
            int l = grow(leftRows, nl, leftHist, depth + 1);
            int r = grow(rightRows, nr, rightHist, depth + 1);
            nodes.get(id)[1] = l;
            nodes.get(id)[2] = r;
            return id;
        }

        private double[] subtract(double[] parent, double[] child) {
            double[] out = new double[parent.length];
            for (int b = 0; b < out.length; b++) {
                out[b] = parent[b] - child[b];
            }
            return out;
        }
    }
}
