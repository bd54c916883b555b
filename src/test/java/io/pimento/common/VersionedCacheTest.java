package io.pimento.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class VersionedCacheTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicLong clock = new AtomicLong();
    private final List<String> loads = new ArrayList<>();
    private final double[] draws = {0.0};
    private final VersionedCache<String, String> cache = new VersionedCache<>(version::get, 100, v -> 1, Duration.ofSeconds(60),
            clock::get, () -> draws[0]);
    private final Function<String, String> loader = key -> {
        loads.add(key);
        return key + "@" + version.get();
    };

    @Test
    void an_entry_counts_until_the_version_moves() {
        assertThat(cache.get("a", loader)).isEqualTo("a@1");
        assertThat(cache.get("a", loader)).isEqualTo("a@1");
        version.incrementAndGet();
        assertThat(cache.get("a", loader)).isEqualTo("a@2");
        assertThat(loads).containsExactly("a", "a");
    }

    @Test
    void an_entry_lives_between_half_of_max_age_and_all_of_it_as_drawn_when_loaded() {
        record Case(double draw, long secondsStillFresh, long secondsExpired) {
        }
        for (Case c : List.of(new Case(0.0, 59, 60), new Case(0.5, 44, 45), new Case(0.999, 30, 31))) {
            draws[0] = c.draw();
            cache.clear();
            loads.clear();
            long start = clock.get();
            cache.get("a", loader);
            clock.set(start + Duration.ofSeconds(c.secondsStillFresh()).toNanos());
            cache.get("a", loader);
            assertThat(loads).as("draw %s, %d s", c.draw(), c.secondsStillFresh()).containsExactly("a");
            clock.set(start + Duration.ofSeconds(c.secondsExpired()).toNanos());
            cache.get("a", loader);
            assertThat(loads).as("draw %s, %d s", c.draw(), c.secondsExpired()).containsExactly("a", "a");
        }
    }

    @Test
    void entries_loaded_together_expire_at_different_times() {
        draws[0] = 0.0;
        cache.getAll(List.of("a"), keys -> Map.of("a", "A"));
        draws[0] = 0.9;
        cache.getAll(List.of("b"), keys -> Map.of("b", "B"));
        clock.addAndGet(Duration.ofSeconds(40).toNanos());
        List<List<String>> missing = new ArrayList<>();
        Map<String, String> found = cache.getAll(List.of("a", "b"), keys -> {
            missing.add(keys);
            return Map.of("b", "B2");
        });
        assertThat(missing).containsExactly(List.of("b"));
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "b", "B2"));
    }
}
