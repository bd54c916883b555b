package io.pimento.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

/**
 * A bounded in-memory cache (Caffeine) whose entries count only at the version they were loaded
 * at, and for at most {@code maxAge}: a reader of data that a shared version tracks (such as
 * {@code io.pimento.catalog.CatalogVersion}) never sees an entry from before a change it knows of.
 * The version is read before loading, so a change committed during a load makes that entry stale,
 * never a stale entry current. Values are shared between readers: they must not be modified.
 *
 * <p>Each entry lives between half of {@code maxAge} and all of it, drawn when it is loaded: entries
 * loaded together (a warm-up, a restart, a catalog change) then expire spread over time instead of
 * all at once, which made every request miss at the same moment, one maxAge after each wave.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, long expiresAtNanos, V value) {
    }

    private final Cache<K, Entry<V>> cache;
    private final LongSupplier version;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final DoubleSupplier random;

    /**
     * @param weight  how much one value counts against {@code maxWeight} (1 for a count of entries)
     * @param maxAge  the longest an entry is used, whatever the version (a change whose news was lost)
     */
    public VersionedCache(LongSupplier version, long maxWeight, ToIntFunction<V> weight, Duration maxAge) {
        this(version, maxWeight, weight, maxAge, System::nanoTime, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With the clock (nanoseconds) and the draw in [0, 1) of each entry's lifetime given: for tests. */
    VersionedCache(LongSupplier version, long maxWeight, ToIntFunction<V> weight, Duration maxAge, LongSupplier nanoTime,
                   DoubleSupplier random) {
        this.version = version;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
        this.random = random;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .<K, Entry<V>>weigher((key, entry) -> Math.max(1, weight.applyAsInt(entry.value())))
                .build();
    }

    /** The value for the key, loaded (and kept) when missing or stale. */
    public V get(K key, Function<K, V> loader) {
        long current = version.getAsLong();
        Entry<V> entry = cache.getIfPresent(key);
        if (fresh(entry, current)) {
            return entry.value();
        }
        long expiresAt = expiry();
        V value = loader.apply(key);
        cache.put(key, new Entry<>(current, expiresAt, value));
        return value;
    }

    /**
     * The values for the keys, the missing or stale ones loaded together in one call; the loader
     * answers for every key it is given (a value standing for "none" where there is nothing).
     */
    public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> loader) {
        long current = version.getAsLong();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Entry<V> entry = cache.getIfPresent(key);
            if (fresh(entry, current)) {
                found.put(key, entry.value());
            } else if (!found.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            long now = nanoTime.getAsLong();
            Map<K, V> loaded = loader.apply(missing);
            loaded.forEach((key, value) -> {
                cache.put(key, new Entry<>(current, now + lifetime(), value));
                found.put(key, value);
            });
        }
        return found;
    }

    public void clear() {
        cache.invalidateAll();
    }

    /** When an entry loaded now stops counting (read before loading, like the version). */
    private long expiry() {
        return nanoTime.getAsLong() + lifetime();
    }

    private long lifetime() {
        return maxAgeNanos - (long) (maxAgeNanos / 2 * random.getAsDouble());
    }

    private boolean fresh(Entry<V> entry, long current) {
        return entry != null && entry.version() == current && nanoTime.getAsLong() - entry.expiresAtNanos() < 0;
    }
}
