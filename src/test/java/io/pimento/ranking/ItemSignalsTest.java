package io.pimento.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Popularity, freshness and item similarity on tiny logs. */
class ItemSignalsTest {

    @Test
    void shouldCountAndDecayPopularity() {
        SessionLog log = SessionLog.of(List.of(
                new Click("old", "a", 0), new Click("old", "a", 1), new Click("old", "a", 2),
                new Click("new", "b", Logs.DAY * 3), new Click("new", "b", Logs.DAY * 3 + 1)));
        Popularity popularity = Popularity.fit(log, 1);
        int a = log.itemNumber("a");
        int b = log.itemNumber("b");

        assertThat(popularity.count(a)).isEqualTo(3);
        assertThat(popularity.decayed(a)).isCloseTo(3 / 8.0, within(1e-3)); // three half-lives ago
        assertThat(popularity.topByCount(1)).containsExactly(a);
        assertThat(popularity.top(2)).containsExactly(b, a);
        assertThat(popularity.rank(b)).isEqualTo(1);
        assertThat(popularity.rank(-1)).isEqualTo(3);
    }

    @Test
    void shouldTellWhenAnItemWasFirstAndLastSeen() {
        SessionLog log = SessionLog.of(List.of(
                new Click("s1", "a", 0), new Click("s2", "a", Logs.DAY), new Click("s2", "b", Logs.DAY * 2)));
        ItemFreshness freshness = ItemFreshness.fit(log);

        assertThat(freshness.ageDays(log.itemNumber("a"), Logs.DAY * 3)).isEqualTo(3);
        assertThat(freshness.quietDays(log.itemNumber("a"), Logs.DAY * 3)).isEqualTo(2);
        assertThat(freshness.ageDays(log.itemNumber("b"), Logs.DAY * 3)).isEqualTo(1);
        assertThat(freshness.ageDays(-1, Logs.DAY)).isZero();
    }

    @Test
    void shouldFindItemsOfTheSameSessionsSimilar() {
        SessionLog log = Logs.of("s1: a b", "s2: b a", "s3: a b", "s4: c d", "s5: d c", "s6: c d e", "s7: e f", "s8: f e");
        ItemEmbeddings embeddings = ItemEmbeddings.fit(log, 4, 42);
        int a = log.itemNumber("a");

        assertThat(embeddings.similarity(a, log.itemNumber("b")))
                .isGreaterThan(embeddings.similarity(a, log.itemNumber("c")) + 0.5);
        assertThat(embeddings.similarity(a, a)).isCloseTo(1, within(1e-5));
        assertThat(embeddings.similarity(a, -1)).isZero();
    }

    @Test
    void shouldFindTheSameVectorsWithTheSameSeed() {
        SessionLog log = Logs.of("s1: a b c", "s2: b c d", "s3: d e");

        ItemEmbeddings first = ItemEmbeddings.fit(log, 3, 7);
        ItemEmbeddings second = ItemEmbeddings.fit(log, 3, 7);

        assertThat(first.similarity(0, 3)).isEqualTo(second.similarity(0, 3));
    }
}
