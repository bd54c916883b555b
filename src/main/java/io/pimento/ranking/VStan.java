package io.pimento.ranking;

import java.util.Arrays;

/**
 * V-STAN (Ludewig et al. 2021): session-neighbourhood scores. The current session is a vector whose
 * recent clicks weigh more ({@code exp((p - n) / spw)}); each training session sharing an item is a
 * neighbour, scored by cosine similarity times a time decay ({@code exp(-age / snh days)}); the
 * {@code k} best of the {@code sampleSize} most recent neighbours vote for their items, each vote
 * decayed by the item's distance to the last shared item in the neighbour ({@code inh}), by how
 * recent in the current session the shared item is ({@code ipw}) and boosted by the item's IDF.
 */
final class VStan {

    /** Hyper-parameters; tuned on the last day of the training data (docs/ranking.md). */
    record Params(int k, int sampleSize, double spw, double snhDays, double inh, double ipw, double idf) {
        static final Params DEFAULT = new Params(500, 2500, 1.5, 100, 1.5, 1.5, 1);
    }

    private final Params params;
    private final int[][] sessionItems;
    private final int[][] sessionDistinct;
    private final double[] sessionEnd;
    /** For each item, the sessions holding it, most recent first (sessions are numbered by end time). */
    private final int[][] itemSessions;
    private final double[] idf;

    private VStan(Params params, int[][] sessionItems, double[] sessionEnd, int[][] itemSessions, double[] idf) {
        this.params = params;
        this.sessionItems = sessionItems;
        this.sessionDistinct = new int[sessionItems.length][];
        for (int s = 0; s < sessionItems.length; s++) {
            sessionDistinct[s] = Arrays.stream(sessionItems[s]).distinct().toArray();
        }
        this.sessionEnd = sessionEnd;
        this.itemSessions = itemSessions;
        this.idf = idf;
    }

    static VStan fit(SessionLog log, Params params) {
        int sessions = log.sessions().size();
        int items = log.itemCount();
        int[][] sessionItems = new int[sessions][];
        double[] sessionEnd = new double[sessions];
        int[] counts = new int[items];
        for (int s = 0; s < sessions; s++) {
            SessionLog.Session session = log.sessions().get(s);
            sessionItems[s] = session.items();
            sessionEnd[s] = session.end();
            for (int item : Arrays.stream(session.items()).distinct().toArray()) {
                counts[item]++;
            }
        }
        int[][] itemSessions = new int[items][];
        int[] fill = new int[items];
        for (int i = 0; i < items; i++) {
            itemSessions[i] = new int[counts[i]];
        }
        for (int s = sessions - 1; s >= 0; s--) {
            for (int item : Arrays.stream(sessionItems[s]).distinct().toArray()) {
                itemSessions[item][fill[item]++] = s;
            }
        }
        double[] idf = new double[items];
        for (int i = 0; i < items; i++) {
            idf[i] = counts[i] == 0 ? 0 : Math.log((double) sessions / counts[i]);
        }
        return new VStan(params, sessionItems, sessionEnd, itemSessions, idf);
    }

    Params params() {
        return params;
    }

    /**
     * Adds each item's V-STAN score to {@code scores} (indexed by item number, all zero on entry) and
     * returns the items that got one, in no particular order.
     */
    int[] score(SessionState state, double[] scores) {
        int n = state.length();
        if (n == 0) {
            return new int[0];
        }
        // Position weights of the session's items (a repeated item keeps its most recent position).
        int[] distinct = Arrays.stream(state.items()).distinct().sorted().toArray();
        double[] posWeight = new double[distinct.length];
        int[] lastPos = new int[distinct.length];
        for (int p = 0; p < n; p++) {
            int k = Arrays.binarySearch(distinct, state.items()[p]);
            posWeight[k] = Math.exp((p + 1 - n) / params.spw());
            lastPos[k] = p + 1;
        }
        double norm = 0;
        for (double w : posWeight) {
            norm += w * w;
        }
        norm = Math.sqrt(norm);

        int[] candidates = recentNeighbours(distinct);
        double snh = params.snhDays() * 24 * 3600;
        double[] sim = new double[candidates.length];
        for (int c = 0; c < candidates.length; c++) {
            int s = candidates[c];
            int[] neighbourDistinct = sessionDistinct[s];
            double dot = 0;
            for (int item : neighbourDistinct) {
                int k = Arrays.binarySearch(distinct, item);
                if (k >= 0) {
                    dot += posWeight[k];
                }
            }
            sim[c] = dot / (norm * Math.sqrt(neighbourDistinct.length))
                    * Math.exp(-(state.now() - sessionEnd[s]) / snh);
        }
        Integer[] order = new Integer[candidates.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int cmp = Double.compare(sim[b], sim[a]);
            return cmp != 0 ? cmp : Integer.compare(candidates[b], candidates[a]);
        });
        int k = Math.min(params.k(), order.length);
        int[] touched = new int[64];
        int touchedCount = 0;
        for (int r = 0; r < k; r++) {
            int c = order[r];
            int[] its = sessionItems[candidates[c]];
            // The last position in the neighbour of an item of the current session, and how recent
            // that shared item is in the current session.
            int star = 0;
            int sharedRecency = 0;
            for (int p = 0; p < its.length; p++) {
                int kk = Arrays.binarySearch(distinct, its[p]);
                if (kk >= 0) {
                    star = p + 1;
                    sharedRecency = Math.max(sharedRecency, lastPos[kk]);
                }
            }
            double ipw = Math.exp((sharedRecency - n) / params.ipw());
            for (int p = 0; p < its.length; p++) {
                int item = its[p];
                if (lastIndexOf(its, item) != p) {
                    continue; // each item votes once per neighbour, at its last position
                }
                double v = sim[c] * Math.exp(-Math.abs(p + 1 - star) / params.inh());
                v = (v + v * idf[item] * params.idf()) * ipw;
                if (scores[item] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = item;
                }
                scores[item] += v;
            }
        }
        return Arrays.copyOf(touched, touchedCount);
    }

    private static int lastIndexOf(int[] a, int v) {
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sessions sharing an item with the current one, the {@code sampleSize} most recent. Only
     * the {@code sampleSize} most recent sessions of each item can be among them (each item's list
     * is most recent first), so no more is read: the cost stays the same however long the log grows
     * (a popular item of a million-event log is in tens of thousands of sessions).
     */
    private int[] recentNeighbours(int[] distinct) {
        int total = 0;
        for (int item : distinct) {
            total += Math.min(itemSessions[item].length, params.sampleSize());
        }
        int[] all = new int[total];
        int f = 0;
        for (int item : distinct) {
            int take = Math.min(itemSessions[item].length, params.sampleSize());
            System.arraycopy(itemSessions[item], 0, all, f, take);
            f += take;
        }
        Arrays.sort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (unique == 0 || all[unique - 1] != all[i]) {
                all[unique++] = all[i];
            }
        }
        // Sessions are numbered by end time: the most recent are the largest numbers.
        int from = Math.max(0, unique - params.sampleSize());
        return Arrays.copyOfRange(all, from, unique);
    }
}
