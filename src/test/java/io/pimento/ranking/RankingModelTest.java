package io.pimento.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingModelTest {

    private static final VStan.Params VSTAN = new VStan.Params(10, 100, 1.5, 100, 1.5, 1.5, 1);
    private final SessionLog log = Logs.of("s1: a b c", "s2: a c d", "s3: b c", "s4: d e", "s5: x y");

    /** Viewed items +2, a rule from the last item +1, the most popular item +0.5. */
    private RankingModel handMade() {
        List<RegressionTree> trees = List.of(
                split(Feature.VIEW_COUNT, 0.5f, 0, 2),
                split(Feature.SR_LAST, 0, 0, 1),
                split(Feature.POPULARITY_RANK, 1.5f, 0.5, 0));
        return new RankingModel(Signals.fit(log, VSTAN), new BoostedTrees(trees, Feature.COUNT), RankingOptions.DEFAULT);
    }

    private static RegressionTree split(Feature feature, float threshold, double left, double right) {
        return new RegressionTree(new int[] {feature.ordinal(), -1, -1}, new float[] {threshold, 0, 0},
                new int[] {1, -1, -1}, new int[] {2, -1, -1}, new double[] {0, left, right});
    }

    private static List<ViewedItem> viewed(String... items) {
        List<ViewedItem> history = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            history.add(new ViewedItem(items[i], 20_000 + 60 * i));
        }
        return history;
    }

    @Test
    void shouldOrderByScoreThenItemId() {
        List<RankedItem> ranked = handMade().rank(viewed("a", "b"), null, 10);

        assertThat(ranked).extracting(RankedItem::itemId).containsExactly("a", "b", "c", "d", "e", "x", "y");
        assertThat(ranked).extracting(RankedItem::score).containsExactly(2.0, 2.0, 1.5, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void shouldExplainEachItemByTheSignalsThatLiftedIt() {
        List<RankedItem> ranked = handMade().rank(viewed("a", "b"), null, 3);

        assertThat(ranked.get(0).reasons()).containsExactly(Reason.of(Reason.VIEWED_AGAIN));
        assertThat(ranked.get(2).reasons()).containsExactly(
                new Reason(Reason.BECAUSE_VIEWED, "b"), Reason.of(Reason.POPULAR));
    }

    @Test
    void shouldGiveNoReasonWhenNothingLiftedAnItem() {
        List<RankedItem> ranked = handMade().rank(viewed("a", "b"), List.of("y"), 1);

        assertThat(ranked).singleElement().satisfies(item -> assertThat(item.reasons()).isEmpty());
    }

    @Test
    void shouldRankOnlyTheGivenCandidatesOnceEach() {
        List<RankedItem> ranked = handMade().rank(viewed("a", "b"), List.of("y", "c", "unknown", "c"), 10);

        assertThat(ranked).extracting(RankedItem::itemId).containsExactly("c", "unknown", "y");
    }

    @Test
    void shouldStopAtTheLimit() {
        assertThat(handMade().rank(viewed("a"), null, 2)).hasSize(2);
        assertThat(handMade().rank(viewed("a"), null, 0)).isEmpty();
    }

    @Test
    void shouldRankASessionOfUnknownItemsByPopularity() {
        List<RankedItem> ranked = handMade().rank(viewed("never-seen"), null, 1);

        assertThat(ranked).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isEqualTo("c");
            assertThat(item.reasons()).containsExactly(Reason.of(Reason.POPULAR));
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} after {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # scoring     | viewed | first items, in order    | reason of the last of them
            neighbourhood | x      | x, y                     | because_viewed
            neighbourhood | d      | d, e, c, a               | because_viewed
            popular       | x      | c                        | popular
            popular       | d      | c                        | popular
            learned       | x      | x                        | viewed_again
            """)
    void shouldOrderByTheScoringAsked(String scoring, String viewed, String first, String reason) {
        List<RankedItem> ranked = handMade().rank(viewed(viewed), null, 10, Scoring.fromCode(scoring).orElseThrow());

        List<String> expected = List.of(first.split(",\\s*"));
        assertThat(ranked).extracting(RankedItem::itemId).startsWith(expected.toArray(String[]::new));
        assertThat(ranked.get(expected.size() - 1).reasons()).extracting(Reason::code).first().isEqualTo(reason);
    }

    @Test
    void shouldRankTheSameWayEveryTimeWithASingleSignal() {
        RankingModel model = handMade();

        assertThat(model.rank(viewed("a", "d"), null, 10, Scoring.NEIGHBOURHOOD))
                .isEqualTo(model.rank(viewed("a", "d"), null, 10, Scoring.NEIGHBOURHOOD));
        assertThat(model.rank(viewed("a"), List.of("y", "c", "e"), 10, Scoring.POPULAR))
                .extracting(RankedItem::itemId).startsWith("c").hasSize(3);
    }

    @Test
    void shouldLearnTheSameModelTwiceAndRankTheSameWay() {
        SessionLog twoDays = twoDaysOfHabits();
        RankingOptions options = RankingOptions.DEFAULT.withVstan(VSTAN)
                .withBoosting(new ListwiseBoosting.Params(20, 3, 0.3, 1, 0.01, 16));

        RankingModel first = RankingModel.train(twoDays, options);
        RankingModel second = RankingModel.train(twoDays, options);

        assertThat(second.rank(viewed("a"), null, 5)).isEqualTo(first.rank(viewed("a"), null, 5));
    }

    @Test
    void shouldLearnWhatFollowsWhat() {
        RankingOptions options = RankingOptions.DEFAULT.withVstan(VSTAN)
                .withBoosting(new ListwiseBoosting.Params(20, 3, 0.3, 1, 0.01, 16));

        RankingModel model = RankingModel.train(twoDaysOfHabits(), options);

        assertThat(model.rank(viewed("a"), null, 1)).extracting(RankedItem::itemId).containsExactly("b");
        assertThat(model.rank(viewed("p"), null, 1)).extracting(RankedItem::itemId).containsExactly("q");
    }

    @Test
    void shouldServeTheModelSwappedIn() {
        Ranker ranker = new Ranker(handMade());
        RankingModel other = new RankingModel(Signals.fit(Logs.of("s: m n"), VSTAN),
                new BoostedTrees(List.of(), Feature.COUNT), RankingOptions.DEFAULT);

        RankingModel previous = ranker.swap(other);

        assertThat(previous).isNotSameAs(other);
        assertThat(ranker.rank(viewed("m"), null, 5)).extracting(RankedItem::itemId).containsExactly("m", "n");
    }

    /** Two days of sessions where a is followed by b and p by q, with some noise after. */
    private static SessionLog twoDaysOfHabits() {
        List<String> sessions = new ArrayList<>();
        String[] noise = {"z", "w", "v"};
        for (int i = 0; i < 48; i++) {
            sessions.add("s" + i + ": " + (i % 2 == 0 ? "a b " : "p q ") + noise[i % 3] + " " + noise[(i + 1) % 3]);
        }
        return Logs.of(0, sessions.toArray(String[]::new));
    }
}
