package io.pimento.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a {@link RankingModel} orders candidates: its learned trees, or one family of its signals
 * alone. The single-signal scorings are the classic methods the learned ranker must beat; a
 * placement experiment can serve one of them to a share of visitors to measure that in production,
 * not only offline. Each is deterministic: ties fall to the next key, then to the item id.
 */
public enum Scoring {
    /** The boosted trees over every feature (what placements serve by default). */
    LEARNED,
    /** Session neighbourhood (V-STAN), then the sequential rule from the last item, then popularity. */
    NEIGHBOURHOOD(Feature.VSTAN_SCORE, Feature.SR_LAST, Feature.POPULARITY),
    /** Recent popularity, then all-time popularity: what a shop without personalization shows. */
    POPULAR(Feature.POPULARITY_RECENT, Feature.POPULARITY);

    private final List<Feature> keys;

    Scoring(Feature... keys) {
        this.keys = List.of(keys);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scoring> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The codes an experiment's variant may name: every scoring but the learned one it is tested against. */
    public static List<String> variantCodes() {
        return Arrays.stream(values()).filter(s -> s != LEARNED).map(Scoring::code).toList();
    }

    /** The features compared in order, most significant first; empty for {@link #LEARNED}. */
    List<Feature> keys() {
        return keys;
    }
}
