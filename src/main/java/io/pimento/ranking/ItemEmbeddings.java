package io.pimento.ranking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Low-rank item vectors from the co-occurrence of items in sessions: the top eigenvectors of the
 * normalised co-occurrence matrix M = D^-1/2 C D^-1/2 (a truncated eigendecomposition, the SVD of a
 * symmetric matrix), found by subspace iteration on M + I with a fixed seed, so that the largest
 * positive eigenvalues win: a negative one says two items alternate, not that they are alike. Two items are similar when their unit vectors point
 * the same way, even if they never met in a session: the similarity generalises co-occurrence.
 */
final class ItemEmbeddings {

    static final int DEFAULT_RANK = 32;
    static final int ITERATIONS = 25;

    private final float[][] vectors;

    private ItemEmbeddings(float[][] vectors) {
        this.vectors = vectors;
    }

    static ItemEmbeddings fit(SessionLog log) {
        return fit(log, DEFAULT_RANK, 42);
    }

    static ItemEmbeddings fit(SessionLog log, int rank, long seed) {
        int n = log.itemCount();
        // Sparse symmetric co-occurrence: distinct item pairs of a session, weighted by closeness.
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] rows = new Map[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new HashMap<>();
        }
        for (SessionLog.Session session : log.sessions()) {
            int[] items = session.items();
            for (int a = 0; a < items.length; a++) {
                for (int b = a + 1; b < items.length && b - a <= 10; b++) {
                    if (items[a] != items[b]) {
                        double w = 1.0 / (b - a);
                        rows[items[a]].merge(items[b], w, Double::sum);
                        rows[items[b]].merge(items[a], w, Double::sum);
                    }
                }
            }
        }
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (double w : rows[i].values()) {
                degree[i] += w;
            }
        }
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int i = 0; i < n; i++) {
            cols[i] = rows[i].keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            vals[i] = new double[cols[i].length];
            for (int k = 0; k < cols[i].length; k++) {
                int j = cols[i][k];
                vals[i][k] = rows[i].get(j) / Math.sqrt(degree[i] * degree[j]);
            }
        }
        int r = Math.min(rank, Math.max(1, n));
        double[][] q = new double[r][n];
        Random random = new Random(seed);
        for (double[] column : q) {
            for (int i = 0; i < n; i++) {
                column[i] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        double[][] z = new double[r][n];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int c = 0; c < r; c++) {
                multiply(cols, vals, q[c], z[c]);
                for (int i = 0; i < n; i++) {
                    z[c][i] += q[c][i];
                }
            }
            double[][] swap = q;
            q = z;
            z = swap;
            orthonormalise(q);
        }
        // Eigenvalues (Rayleigh quotients) scale the vectors: strong directions count more.
        float[][] vectors = new float[n][r];
        for (int c = 0; c < r; c++) {
            multiply(cols, vals, q[c], z[c]);
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                lambda += q[c][i] * z[c][i];
            }
            double scale = Math.sqrt(Math.max(0, lambda));
            for (int i = 0; i < n; i++) {
                vectors[i][c] = (float) (q[c][i] * scale);
            }
        }
        for (float[] v : vectors) {
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int c = 0; c < v.length; c++) {
                    v[c] /= (float) norm;
                }
            }
        }
        return new ItemEmbeddings(vectors);
    }

    private static void multiply(int[][] cols, double[][] vals, double[] x, double[] out) {
        for (int i = 0; i < cols.length; i++) {
            double s = 0;
            for (int k = 0; k < cols[i].length; k++) {
                s += vals[i][k] * x[cols[i][k]];
            }
            out[i] = s;
        }
    }

    private static void orthonormalise(double[][] q) {
        for (int c = 0; c < q.length; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = 0; i < q[c].length; i++) {
                    dot += q[c][i] * q[p][i];
                }
                for (int i = 0; i < q[c].length; i++) {
                    q[c][i] -= dot * q[p][i];
                }
            }
            double norm = Math.sqrt(Arrays.stream(q[c]).map(x -> x * x).sum());
            if (norm > 0) {
                for (int i = 0; i < q[c].length; i++) {
                    q[c][i] /= norm;
                }
            }
        }
    }

    /** Cosine similarity of two items' vectors; 0 when either is unknown. */
    double similarity(int a, int b) {
        if (a < 0 || b < 0 || a >= vectors.length || b >= vectors.length) {
            return 0;
        }
        float[] x = vectors[a];
        float[] y = vectors[b];
        double s = 0;
        for (int c = 0; c < x.length; c++) {
            s += x[c] * y[c];
        }
        return s;
    }
}
