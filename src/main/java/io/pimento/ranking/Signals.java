package io.pimento.ranking;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The signal extractors fitted on one session log, and the feature rows they give a session's
 * candidates. Immutable; a request allocates its own scratch arrays.
 */
final class Signals {

    /** How many candidates each generator contributes when the caller brings none. */
    record CandidateLimits(int neighbourhood, int rules, int popular) {
        static final CandidateLimits DEFAULT = new CandidateLimits(100, 50, 20);
    }

    private static final int NEVER_STEPS = 100;
    private static final double NEVER_SECONDS = 1e7;
    private static final int ABSENT_RANK = 1000;

    final SessionLog log;
    final VStan vstan;
    final SequentialRules rules;
    final Popularity popularity;
    final ItemEmbeddings embeddings;
    final ItemFreshness freshness;

    private Signals(SessionLog log, VStan vstan, SequentialRules rules, Popularity popularity,
                    ItemEmbeddings embeddings, ItemFreshness freshness) {
        this.log = log;
        this.vstan = vstan;
        this.rules = rules;
        this.popularity = popularity;
        this.embeddings = embeddings;
        this.freshness = freshness;
    }

    static Signals fit(SessionLog log, VStan.Params vstanParams) {
        return new Signals(log, VStan.fit(log, vstanParams), SequentialRules.fit(log), Popularity.fit(log),
                ItemEmbeddings.fit(log), ItemFreshness.fit(log));
    }

    /** The request's session in this log's item numbers; items the log does not know are left out. */
    SessionState state(int[] items, double[] times, double now) {
        int kept = 0;
        for (int item : items) {
            if (item >= 0) {
                kept++;
            }
        }
        int[] k = new int[kept];
        double[] t = new double[kept];
        int f = 0;
        for (int i = 0; i < items.length; i++) {
            if (items[i] >= 0) {
                k[f] = items[i];
                t[f++] = times[i];
            }
        }
        return new SessionState(k, t, now);
    }

    /** What the signals know of one request: V-STAN scores and their order, computed once. */
    final class Request {
        final SessionState state;
        final double[] vstanScores;
        final int[] vstanOrder;
        /** The scored items sorted by number, and their V-STAN ranks alongside, for rank lookups. */
        private final int[] sortedItems;
        private final int[] vstanRank;

        Request(SessionState state) {
            this.state = state;
            this.vstanScores = new double[log.itemCount()];
            int[] scored = vstan.score(state, vstanScores);
            this.vstanOrder = Arrays.stream(scored).boxed()
                    .sorted((a, b) -> {
                        int c = Double.compare(vstanScores[b], vstanScores[a]);
                        return c != 0 ? c : Integer.compare(a, b);
                    })
                    .mapToInt(Integer::intValue).toArray();
            this.vstanRank = new int[vstanOrder.length];
            Integer[] idx = new Integer[vstanOrder.length];
            for (int r = 0; r < idx.length; r++) {
                idx[r] = r;
            }
            Arrays.sort(idx, (a, b) -> Integer.compare(vstanOrder[a], vstanOrder[b]));
            sortedItems = new int[idx.length];
            for (int r = 0; r < idx.length; r++) {
                sortedItems[r] = vstanOrder[idx[r]];
                vstanRank[r] = idx[r] + 1;
            }
        }

        int vstanRankOf(int item) {
            int k = item < 0 ? -1 : Arrays.binarySearch(sortedItems, item);
            return k < 0 ? ABSENT_RANK : vstanRank[k];
        }

        double vstanScore(int item) {
            return item < 0 ? 0 : vstanScores[item];
        }

        /** Candidates of V-STAN, the rules of the last item, the session's own items and the most popular. */
        int[] candidates(CandidateLimits limits) {
            BitSet set = new BitSet(log.itemCount());
            for (int r = 0; r < Math.min(limits.neighbourhood(), vstanOrder.length); r++) {
                set.set(vstanOrder[r]);
            }
            for (int item : rules.top(state.last(), limits.rules())) {
                set.set(item);
            }
            for (int item : state.items()) {
                set.set(item);
            }
            for (int item : popularity.top(limits.popular())) {
                set.set(item);
            }
            return set.stream().toArray();
        }

        /** One row of {@link Feature} values per candidate (-1 for an unknown item). */
        float[][] features(int[] candidates) {
            SessionState s = state;
            int n = s.length();
            int last = s.last();
            int previous = n >= 2 ? s.items()[n - 2] : -1;
            double vstanMax = vstanOrder.length == 0 ? 0 : vstanScores[vstanOrder[0]];
            double srMax = rules.maxWeight(last);
            int distinct = (int) Arrays.stream(s.items()).distinct().count();
            int revisits = 0;
            BitSet seen = new BitSet();
            for (int item : s.items()) {
                if (seen.get(item)) {
                    revisits++;
                }
                seen.set(item);
            }
            boolean lastWasRevisit = n >= 2 && indexOf(s.items(), last, n - 1) >= 0;
            double sincePrevious = n >= 2 ? s.now() - s.times()[n - 2] : NEVER_SECONDS;

            float[][] rows = new float[candidates.length][Feature.COUNT];
            for (int c = 0; c < candidates.length; c++) {
                int item = candidates[c];
                float[] f = rows[c];
                double v = vstanScore(item);
                f[Feature.VSTAN_SCORE.ordinal()] = (float) v;
                f[Feature.VSTAN_RELATIVE.ordinal()] = (float) (vstanMax > 0 ? v / vstanMax : 0);
                f[Feature.VSTAN_RANK.ordinal()] = vstanRankOf(item);
                double sr = rules.weight(last, item);
                f[Feature.SR_LAST.ordinal()] = (float) sr;
                f[Feature.SR_LAST_RELATIVE.ordinal()] = (float) (srMax > 0 ? sr / srMax : 0);
                int srRank = rules.rank(last, item);
                f[Feature.SR_LAST_RANK.ordinal()] = srRank == 0 ? ABSENT_RANK : srRank;
                f[Feature.SR_PREVIOUS.ordinal()] = (float) rules.weight(previous, item);
                double srSession = 0;
                double simMax = -1;
                double simSum = 0;
                int lastView = -1;
                int views = 0;
                for (int p = 0; p < n; p++) {
                    int viewed = s.items()[p];
                    srSession += rules.weight(viewed, item) / (n - p);
                    double sim = viewed == item ? 1 : embeddings.similarity(viewed, item);
                    simMax = Math.max(simMax, sim);
                    simSum += sim;
                    if (viewed == item) {
                        lastView = p;
                        views++;
                    }
                }
                f[Feature.SR_SESSION.ordinal()] = (float) srSession;
                f[Feature.SIMILARITY_LAST.ordinal()] = (float) (last == item ? 1 : embeddings.similarity(last, item));
                f[Feature.SIMILARITY_MAX.ordinal()] = (float) (n == 0 ? 0 : simMax);
                f[Feature.SIMILARITY_MEAN.ordinal()] = (float) (n == 0 ? 0 : simSum / n);
                f[Feature.VIEW_COUNT.ordinal()] = views;
                f[Feature.STEPS_SINCE_VIEW.ordinal()] = lastView < 0 ? NEVER_STEPS : n - 1 - lastView;
                f[Feature.IS_LAST.ordinal()] = item >= 0 && item == last ? 1 : 0;
                f[Feature.SECONDS_SINCE_VIEW.ordinal()] = (float) (lastView < 0 ? NEVER_SECONDS : s.now() - s.times()[lastView]);
                f[Feature.POPULARITY.ordinal()] = (float) Math.log1p(popularity.count(item));
                f[Feature.POPULARITY_RECENT.ordinal()] = (float) popularity.decayed(item);
                f[Feature.POPULARITY_RANK.ordinal()] = popularity.rank(item);
                f[Feature.AGE_DAYS.ordinal()] = (float) freshness.ageDays(item, s.now());
                f[Feature.QUIET_DAYS.ordinal()] = (float) freshness.quietDays(item, s.now());
                f[Feature.SESSION_LENGTH.ordinal()] = n;
                f[Feature.SESSION_DISTINCT_SHARE.ordinal()] = n == 0 ? 1 : (float) distinct / n;
                f[Feature.SESSION_REVISITS.ordinal()] = revisits;
                f[Feature.LAST_WAS_REVISIT.ordinal()] = lastWasRevisit ? 1 : 0;
                f[Feature.SECONDS_SINCE_PREVIOUS_CLICK.ordinal()] = (float) sincePrevious;
            }
            return rows;
        }

        /**
         * The viewed item a neighbourhood, rule or similarity signal for {@code item} is anchored on:
         * the one with the strongest rule towards it (recency-weighted), else the most similar one,
         * else the last viewed item; never the item itself. -1 when the session has no other item.
         */
        int anchor(int item) {
            int best = -1;
            double bestScore = 0;
            int n = state.length();
            for (int p = n - 1; p >= 0; p--) {
                int viewed = state.items()[p];
                if (viewed == item) {
                    continue;
                }
                double score = rules.weight(viewed, item) / (n - p);
                if (score > bestScore) {
                    best = viewed;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                return best;
            }
            for (int p = n - 1; p >= 0; p--) {
                int viewed = state.items()[p];
                if (viewed == item) {
                    continue;
                }
                double score = embeddings.similarity(viewed, item);
                if (best < 0 || score > bestScore) {
                    best = viewed;
                    bestScore = score;
                }
            }
            return best;
        }
    }

    private static int indexOf(int[] a, int v, int before) {
        for (int i = 0; i < before; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
