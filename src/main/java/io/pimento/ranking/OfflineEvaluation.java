package io.pimento.ranking;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline evaluation of docs/ranking.md: trains on a training log, replays each test session
 * click by click, asks for the top 20 after each click (items already viewed stay eligible) and
 * reports HR@20 and MRR@20 of the most-popular baseline, sequential rules, V-STAN and the learned
 * re-ranker.
 *
 * <pre>
 * java -cp target/classes io.pimento.ranking.OfflineEvaluation ../shared/data/sessions/rsc15-100k [--validation] [--sessions N]
 * </pre>
 * {@code --validation} holds out the training log's last day instead of touching test.tsv: the
 * split every parameter was chosen on.
 */
public final class OfflineEvaluation {

    static final int CUTOFF = 20;

    /** Hit rate and mean reciprocal rank at {@link #CUTOFF}, over {@code predictions} next clicks. */
    public record Figures(double hitRate, double mrr, int predictions) {
    }

    /** A method under evaluation: the top items for a session state, in the training log's numbers. */
    interface Recommender {
        int[] top(SessionState state, int limit);
    }

    public record Report(RankingModel model, Map<String, Figures> figures, double trainSeconds, double replaySeconds,
                         int sessions) {
    }

    private OfflineEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/sessions/rsc15-100k");
        boolean validation = false;
        int maxSessions = Integer.MAX_VALUE;
        RankingOptions options = RankingOptions.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--validation" -> validation = true;
                case "--sessions" -> maxSessions = Integer.parseInt(args[++i]);
                case "--boosting" -> {
                    String[] p = args[++i].split(",");
                    options = options.withBoosting(new ListwiseBoosting.Params(Integer.parseInt(p[0]),
                            Integer.parseInt(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                            Double.parseDouble(p[4]), Integer.parseInt(p[5])));
                }
                case "--vstan" -> {
                    String[] p = args[++i].split(",");
                    options = options.withVstan(new VStan.Params(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                            Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4]),
                            Double.parseDouble(p[5]), Double.parseDouble(p[6])));
                }
                default -> { }
            }
        }
        SessionLog train = SessionLog.of(ClickLogs.read(dir.resolve("train.tsv")));
        SessionLog test;
        if (validation) {
            double cut = train.lastTime() - 86400;
            test = train.filter(s -> s.end() >= cut);
            train = train.endingBefore(cut);
        } else {
            test = SessionLog.of(ClickLogs.read(dir.resolve("test.tsv")));
        }
        System.out.printf(Locale.ROOT, "%s split: train %s, test %s, %s%n", validation ? "validation" : "test",
                train, test, options);
        Report report = run(train, test, options, maxSessions, System.out);
        print(report, System.out);
    }

    /** Trains every method on {@code train} and replays the first {@code maxSessions} sessions of {@code test}. */
    public static Report run(SessionLog train, SessionLog test, RankingOptions options, int maxSessions, PrintStream log) {
        long t0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        RankingModel model = RankingModel.train(train, options);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf(Locale.ROOT, "trained in %.1f s (%.1f s of CPU, %d trees)%n", trainSeconds,
                processCpuSeconds() - cpu0, model.trees().treeCount());
        Signals signals = model.signals();
        int[] popular = signals.popularity.topByCount(CUTOFF);
        Map<String, Recommender> methods = new LinkedHashMap<>();
        methods.put("most popular", (state, limit) -> popular);
        methods.put("sequential rules (SR)", (state, limit) -> signals.rules.top(state.last(), limit));
        methods.put("V-STAN", (state, limit) -> {
            int[] order = signals.new Request(state).vstanOrder;
            return java.util.Arrays.copyOf(order, Math.min(limit, order.length));
        });
        methods.put("learned re-ranker", model::top);
        long t1 = System.nanoTime();
        Map<String, Figures> figures = evaluate(methods, model.log(), test, maxSessions);
        double replaySeconds = (System.nanoTime() - t1) / 1e9;
        int sessions = Math.min(maxSessions, test.sessions().size());
        return new Report(model, figures, trainSeconds, replaySeconds, sessions);
    }

    /** CPU time of this process so far (all threads, GC included): wall time means little on a busy machine. */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    static Map<String, Figures> evaluate(Map<String, Recommender> methods, SessionLog numbering, SessionLog test,
                                         int maxSessions) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        methods.keySet().forEach(name -> sums.put(name, new double[2]));
        int predictions = 0;
        int seen = 0;
        for (SessionLog.Session session : test.sessions()) {
            if (seen++ >= maxSessions) {
                break;
            }
            // Items the training log never saw are dropped, as session-rec prepares its test set.
            List<Integer> items = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < session.length(); i++) {
                int number = numbering.itemNumber(test.itemId(session.items()[i]));
                if (number >= 0) {
                    items.add(number);
                    times.add(session.times()[i]);
                }
            }
            for (int p = 1; p < items.size(); p++) {
                int[] prefix = items.subList(0, p).stream().mapToInt(Integer::intValue).toArray();
                double[] at = times.subList(0, p).stream().mapToDouble(Double::doubleValue).toArray();
                SessionState state = new SessionState(prefix, at, at[p - 1]);
                int next = items.get(p);
                predictions++;
                for (Map.Entry<String, Recommender> method : methods.entrySet()) {
                    int[] top = method.getValue().top(state, CUTOFF);
                    for (int r = 0; r < Math.min(CUTOFF, top.length); r++) {
                        if (top[r] == next) {
                            sums.get(method.getKey())[0] += 1;
                            sums.get(method.getKey())[1] += 1.0 / (r + 1);
                            break;
                        }
                    }
                }
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            figures.put(e.getKey(), new Figures(e.getValue()[0] / Math.max(1, predictions),
                    e.getValue()[1] / Math.max(1, predictions), predictions));
        }
        return figures;
    }

    static void print(Report report, PrintStream out) {
        out.printf(Locale.ROOT, "%d sessions, %d predictions; training %.1f s, replay %.1f s%n", report.sessions(),
                report.figures().values().iterator().next().predictions(), report.trainSeconds(), report.replaySeconds());
        out.println("| method | HR@20 | MRR@20 |");
        out.println("|---|---|---|");
        report.figures().forEach((name, f) ->
                out.printf(Locale.ROOT, "| %s | %.4f | %.4f |%n", name, f.hitRate(), f.mrr()));
    }
}
