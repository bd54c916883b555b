package io.pimento.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The ranking stage: signal extractors fitted on a session log and boosted trees that combine their
 * features into one score per candidate, with the signals that contributed most as reasons.
 * Immutable and safe to share between threads; a newer model replaces it whole ({@link Ranker}).
 */
public final class RankingModel {

    private final Signals signals;
    private final BoostedTrees trees;
    private final RankingOptions options;

    RankingModel(Signals signals, BoostedTrees trees, RankingOptions options) {
        this.signals = Objects.requireNonNull(signals);
        this.trees = Objects.requireNonNull(trees);
        this.options = options;
    }

    /**
     * Learns the re-ranker on each of the log's last {@code options.learningDays()} days, replayed
     * click by click with the base signals fitted on the days before that day (so the features mean
     * what they will mean when serving: signals from the past, clicks of the next day), then refits
     * the base signals on the whole log.
     */
    public static RankingModel train(SessionLog log, RankingOptions options) {
        double end = log.lastTime();
        List<ListwiseBoosting.Dataset> days = java.util.stream.IntStream.rangeClosed(1, options.learningDays())
                .parallel()
                .mapToObj(d -> learningDay(log, end - d * 86400.0,
                        d == 1 ? Double.POSITIVE_INFINITY : end - (d - 1) * 86400.0, options))
                .toList();
        BoostedTrees trees = new ListwiseBoosting(options.boosting()).fit(ListwiseBoosting.Dataset.concat(days));
        return new RankingModel(Signals.fit(log, options.vstan()), trees, options);
    }

    /** The queries of the sessions ending in [from, to), with signals fitted on the sessions before. */
    private static ListwiseBoosting.Dataset learningDay(SessionLog log, double from, double to, RankingOptions options) {
        SessionLog base = log.endingBefore(from);
        Signals baseSignals = Signals.fit(base, options.vstan());
        List<int[]> learnSessions = new ArrayList<>();
        List<double[]> learnTimes = new ArrayList<>();
        for (SessionLog.Session session : log.sessions()) {
            if (session.end() >= from && session.end() < to) {
                knownPart(session, log, base, learnSessions, learnTimes);
            }
        }
        return dataset(baseSignals, options.candidates(), learnSessions, learnTimes);
    }

    /** The session's clicks on items the base log knows, in base numbers, if at least two remain. */
    private static void knownPart(SessionLog.Session session, SessionLog log, SessionLog base,
                                  List<int[]> items, List<double[]> times) {
        int[] known = new int[session.length()];
        double[] at = new double[session.length()];
        int k = 0;
        for (int i = 0; i < session.length(); i++) {
            int number = base.itemNumber(log.itemId(session.items()[i]));
            if (number >= 0) {
                known[k] = number;
                at[k++] = session.times()[i];
            }
        }
        if (k >= 2) {
            items.add(Arrays.copyOf(known, k));
            times.add(Arrays.copyOf(at, k));
        }
    }

    /** One query per click after the first whose next item is among the candidates. */
    static ListwiseBoosting.Dataset dataset(Signals signals, Signals.CandidateLimits limits,
                                            List<int[]> sessions, List<double[]> times) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> positives = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            int[] items = sessions.get(s);
            double[] at = times.get(s);
            for (int p = 1; p < items.length; p++) {
                SessionState state = new SessionState(Arrays.copyOf(items, p), Arrays.copyOf(at, p), at[p - 1]);
                Signals.Request request = signals.new Request(state);
                int[] candidates = request.candidates(limits);
                int positive = Arrays.binarySearch(candidates, items[p]);
                if (positive < 0 || candidates.length < 2) {
                    continue;
                }
                starts.add(rows.size());
                positives.add(rows.size() + positive);
                rows.addAll(Arrays.asList(request.features(candidates)));
            }
        }
        int[] start = new int[starts.size() + 1];
        for (int q = 0; q < starts.size(); q++) {
            start[q] = starts.get(q);
        }
        start[starts.size()] = rows.size();
        return new ListwiseBoosting.Dataset(rows.toArray(new float[0][]), start,
                positives.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Orders candidates for a session.
     *
     * @param history    the session's views, oldest first; the request happens at the last one's time
     * @param candidates the items to order, or null to let the model generate its own (neighbouring
     *                   sessions, sequential rules, the session's items, popular items)
     * @param limit      how many items to return at most
     * @return items by descending score, ties by item id, each with the signals that lifted it most
     */
    public List<RankedItem> rank(List<ViewedItem> history, Collection<String> candidates, int limit) {
        return rank(history, candidates, limit, Scoring.LEARNED);
    }

    /**
     * Orders candidates for a session as {@link #rank(List, Collection, int)} does, by the given
     * scoring; a single-signal scoring gives its first key's value as the score and the signal
     * that key belongs to as the reason.
     */
    public List<RankedItem> rank(List<ViewedItem> history, Collection<String> candidates, int limit, Scoring scoring) {
        SessionState state = state(history);
        Signals.Request request = signals.new Request(state);
        int[] numbers;
        List<String> ids;
        if (candidates == null) {
            numbers = request.candidates(options.candidates());
            ids = new ArrayList<>(numbers.length);
            for (int number : numbers) {
                ids.add(signals.log.itemId(number));
            }
        } else {
            ids = new ArrayList<>(new LinkedHashSet<>(candidates));
            numbers = ids.stream().mapToInt(signals.log::itemNumber).toArray();
        }
        float[][] rows = request.features(numbers);
        Integer[] order = order(rows, ids, scoring);
        List<RankedItem> ranked = new ArrayList<>(Math.min(limit, order.length));
        double[] contributions = new double[Feature.COUNT];
        for (int r = 0; r < Math.min(limit, order.length); r++) {
            int c = order[r];
            Arrays.fill(contributions, 0);
            double score;
            if (scoring == Scoring.LEARNED) {
                score = trees.contributions(rows[c], contributions) + Arrays.stream(contributions).sum();
            } else {
                Feature first = scoring.keys().get(0);
                score = rows[c][first.ordinal()];
                contributions[first.ordinal()] = score;
            }
            ranked.add(new RankedItem(ids.get(c), score, reasons(request, numbers[c], rows[c], contributions)));
        }
        return ranked;
    }

    /** How many clicks of the item the model learned from (0 for an item it never saw): tells new items apart. */
    public int clicks(String itemId) {
        int number = signals.log.itemNumber(itemId);
        return number < 0 ? 0 : signals.popularity.count(number);
    }

    private Integer[] order(float[][] rows, List<String> ids, Scoring scoring) {
        Integer[] order = new Integer[rows.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Comparator<Integer> byScore;
        if (scoring == Scoring.LEARNED) {
            double[] scores = new double[rows.length];
            for (int c = 0; c < rows.length; c++) {
                scores[c] = trees.score(rows[c]);
            }
            byScore = Comparator.comparingDouble(c -> -scores[c]);
        } else {
            byScore = (a, b) -> 0;
            for (Feature key : scoring.keys()) {
                byScore = byScore.thenComparingDouble(c -> -rows[c][key.ordinal()]);
            }
        }
        Arrays.sort(order, byScore.thenComparing(ids::get));
        return order;
    }

    /** The top {@code limit} items for a session in the log's numbers, without reasons (offline evaluation). */
    int[] top(SessionState state, int limit) {
        Signals.Request request = signals.new Request(state);
        int[] candidates = request.candidates(options.candidates());
        List<String> ids = Arrays.stream(candidates).mapToObj(signals.log::itemId).toList();
        Integer[] order = order(request.features(candidates), ids, Scoring.LEARNED);
        int[] top = new int[Math.min(limit, order.length)];
        for (int r = 0; r < top.length; r++) {
            top[r] = candidates[order[r]];
        }
        return top;
    }

    private SessionState state(List<ViewedItem> history) {
        int[] items = new int[history.size()];
        double[] times = new double[history.size()];
        double now = 0;
        for (int i = 0; i < items.length; i++) {
            items[i] = signals.log.itemNumber(history.get(i).itemId());
            times[i] = history.get(i).timestamp();
            now = Math.max(now, times[i]);
        }
        return signals.state(items, times, now);
    }

    /**
     * The reasons of one item: the signal families whose features added most to its score (at most
     * two, positive contributions only; the session's context features are never a reason).
     * {@code viewed_again} needs the item to be in the session and {@code because_viewed} another
     * viewed item to anchor on.
     */
    private List<Reason> reasons(Signals.Request request, int item, float[] row, double[] contributions) {
        double[] bySignal = new double[Signal.values().length];
        for (Feature feature : Feature.values()) {
            bySignal[feature.signal().ordinal()] += contributions[feature.ordinal()];
        }
        // Neighbourhood, rules and similarity all say "because you viewed X": one reason.
        double viewed = bySignal[Signal.NEIGHBOURHOOD.ordinal()] + bySignal[Signal.RULES.ordinal()]
                + bySignal[Signal.SIMILARITY.ordinal()];
        int anchor = request.anchor(item);
        List<Candidate> eligible = new ArrayList<>();
        if (anchor >= 0) {
            eligible.add(new Candidate(new Reason(Reason.BECAUSE_VIEWED, signals.log.itemId(anchor)), viewed, 0));
        }
        if (row[Feature.VIEW_COUNT.ordinal()] > 0) {
            eligible.add(new Candidate(Reason.of(Reason.VIEWED_AGAIN), bySignal[Signal.SESSION.ordinal()], 1));
        }
        eligible.add(new Candidate(Reason.of(Reason.POPULAR), bySignal[Signal.POPULARITY.ordinal()], 2));
        eligible.add(new Candidate(Reason.of(Reason.NEW), bySignal[Signal.FRESHNESS.ordinal()], 3));
        eligible.sort(Comparator.comparingDouble(Candidate::contribution).reversed()
                .thenComparingInt(Candidate::order));
        List<Reason> reasons = new ArrayList<>(2);
        for (Candidate candidate : eligible) {
            if (candidate.contribution() > 0 && reasons.size() < 2) {
                reasons.add(candidate.reason());
            }
        }
        return reasons;
    }

    private record Candidate(Reason reason, double contribution, int order) {
    }

    SessionLog log() {
        return signals.log;
    }

    Signals signals() {
        return signals;
    }

    BoostedTrees trees() {
        return trees;
    }

    RankingOptions options() {
        return options;
    }
}
