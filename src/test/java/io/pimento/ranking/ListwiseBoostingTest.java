package io.pimento.ranking;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ListwiseBoostingTest {

    private static final ListwiseBoosting.Params PARAMS = new ListwiseBoosting.Params(40, 3, 0.2, 1, 0.1, 32);

    /** Queries of 10 candidates with 3 features; the clicked one has the largest feature 0 + feature 1. */
    private static ListwiseBoosting.Dataset synthetic(int queries, long seed) {
        Random random = new Random(seed);
        int size = 10;
        float[][] rows = new float[queries * size][3];
        int[] start = new int[queries + 1];
        int[] positive = new int[queries];
        for (int q = 0; q < queries; q++) {
            start[q] = q * size;
            int best = -1;
            float bestValue = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                float[] row = rows[q * size + i];
                for (int f = 0; f < 3; f++) {
                    row[f] = random.nextFloat();
                }
                if (row[0] + row[1] > bestValue) {
                    bestValue = row[0] + row[1];
                    best = q * size + i;
                }
            }
            positive[q] = best;
        }
        start[queries] = queries * size;
        return new ListwiseBoosting.Dataset(rows, start, positive);
    }

    @Test
    void shouldLearnWhichCandidateGetsClicked() {
        ListwiseBoosting.Dataset train = synthetic(300, 1);
        ListwiseBoosting.Dataset test = synthetic(100, 2);

        BoostedTrees model = new ListwiseBoosting(PARAMS).fit(train);

        assertThat(ListwiseBoosting.loss(model, test)).isLessThan(Math.log(10) * 0.6);
        int[] splits = model.splitCounts();
        assertThat(splits[0] + splits[1]).isGreaterThan(5 * splits[2]);
    }

    @Test
    void shouldGrowTheSameTreesFromTheSameData() {
        ListwiseBoosting.Dataset data = synthetic(100, 3);

        BoostedTrees first = new ListwiseBoosting(PARAMS).fit(data);
        BoostedTrees second = new ListwiseBoosting(PARAMS).fit(data);

        for (float[] row : data.rows()) {
            assertThat(second.score(row)).isEqualTo(first.score(row));
        }
    }

    @Test
    void shouldSplitAScoreIntoFeatureContributions() {
        ListwiseBoosting.Dataset data = synthetic(100, 4);
        BoostedTrees model = new ListwiseBoosting(PARAMS).fit(data);
        float[] row = data.rows()[7];
        double[] contributions = new double[3];

        double bias = model.contributions(row, contributions);

        assertThat(bias + contributions[0] + contributions[1] + contributions[2])
                .isCloseTo(model.score(row), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void shouldCutAtQuantilesOfDistinctValues() {
        float[][] rows = {{1}, {1}, {2}, {3}};

        float[] cuts = ListwiseBoosting.cutPoints(rows, 0, 8);

        assertThat(cuts).containsExactly(1, 2);
        assertThat(ListwiseBoosting.binOf(cuts, 1)).isZero();
        assertThat(ListwiseBoosting.binOf(cuts, 1.5f)).isEqualTo(1);
        assertThat(ListwiseBoosting.binOf(cuts, 3)).isEqualTo(2);
    }
}
