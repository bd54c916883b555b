package io.pimento.ranking;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the placement calls: ranks with the current {@link RankingModel}, which a background job may
 * replace at any time with a newly trained one. A request sees one model from start to end.
 */
public final class Ranker {

    private final AtomicReference<RankingModel> model;

    public Ranker(RankingModel initial) {
        this.model = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public List<RankedItem> rank(List<ViewedItem> history, Collection<String> candidates, int limit) {
        return model.get().rank(history, candidates, limit);
    }

    /** Puts {@code next} in service; returns the model it replaced. */
    public RankingModel swap(RankingModel next) {
        return model.getAndSet(Objects.requireNonNull(next));
    }

    public RankingModel model() {
        return model.get();
    }
}
