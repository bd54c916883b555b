package io.pimento.ranking;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline evaluation on the RecSys 2015 sample of ../shared, when it is there. To stay fast it
 * learns from one day instead of three and replays the first {@value #SESSIONS} test sessions; the
 * bounds are a little under what that run measured (docs/ranking.md has the full figures of the
 * default model).
 */
class OfflineEvaluationTest {

    private static final Path DATA = Path.of("../shared/data/sessions/rsc15-100k");
    private static final int SESSIONS = 800;

    private static final RankingOptions FAST = RankingOptions.DEFAULT.withLearningDays(1);

    private static SessionLog train;
    private static SessionLog test;
    private static OfflineEvaluation.Report report;

    @BeforeAll
    static void evaluate() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("train.tsv")) && Files.isRegularFile(DATA.resolve("test.tsv")),
                "the session sample " + DATA.toAbsolutePath() + " is not on this machine");
        train = SessionLog.of(ClickLogs.read(DATA.resolve("train.tsv")));
        test = SessionLog.of(ClickLogs.read(DATA.resolve("test.tsv")));
        report = OfflineEvaluation.run(train, test, FAST, SESSIONS,
                new PrintStream(OutputStream.nullOutputStream()));
        OfflineEvaluation.print(report, System.out);
    }

    @Test
    void shouldReadTheWholeSample() {
        assertThat(train.clickCount()).isEqualTo(70_278);
        assertThat(train.sessions()).hasSize(17_794);
        assertThat(train.itemCount()).isEqualTo(2_933);
        assertThat(test.clickCount()).isEqualTo(13_568);
    }

    @Test
    void shouldBeatTheClassicBaselines() {
        Map<String, OfflineEvaluation.Figures> f = report.figures();
        OfflineEvaluation.Figures learned = f.get("learned re-ranker");
        OfflineEvaluation.Figures vstan = f.get("V-STAN");

        assertThat(f.get("most popular").hitRate()).isBetween(0.05, 0.15);
        assertThat(f.get("sequential rules (SR)").hitRate()).isGreaterThan(0.55);
        assertThat(vstan.hitRate()).isGreaterThan(0.62);
        assertThat(learned.hitRate()).isGreaterThan(vstan.hitRate() + 0.005);
        assertThat(learned.mrr()).isGreaterThan(vstan.mrr() + 0.005);
        assertThat(learned.mrr()).isGreaterThan(f.get("sequential rules (SR)").mrr());
    }

    @Test
    void shouldRankARequestInWellUnderFiveMilliseconds() {
        RankingModel model = report.model();
        List<List<ViewedItem>> requests = new ArrayList<>();
        for (SessionLog.Session session : test.sessions().subList(0, 300)) {
            for (int p = 1; p <= session.length(); p++) {
                List<ViewedItem> history = new ArrayList<>();
                for (int i = 0; i < p; i++) {
                    history.add(new ViewedItem(test.itemId(session.items()[i]), session.times()[i]));
                }
                requests.add(history);
            }
        }
        requests.forEach(history -> model.rank(history, null, 20)); // warm-up

        // CPU time of this thread: the machine may be shared, and waiting for a core is not ranking work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        requests.forEach(history -> model.rank(history, null, 20));
        double millis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / requests.size();
        double wallMillis = (System.nanoTime() - wall) / 1e6 / requests.size();

        System.out.printf(Locale.ROOT, "%.3f ms of CPU (%.3f ms wall) per request over %d requests%n",
                millis, wallMillis, requests.size());
        assertThat(millis).isLessThan(5);
    }
}
