package io.pimento.personalization;

import io.pimento.events.VisitorEvent;
import io.pimento.ranking.RankedItem;
import io.pimento.ranking.RankingModel;
import io.pimento.targeting.rules.engine.Candidate;
import io.pimento.targeting.rules.engine.Ranker;
import io.pimento.targeting.rules.engine.Reason;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ranking stage of a placement for one visitor: the learned ranker orders targeting's
 * candidates for the visitor's session (and, for placements without an anchor, brings its own:
 * neighbouring sessions, sequential rules, the session's items, popular items), a product the
 * visitor liked goes first, and every reordered item says why, naming products by their label.
 * Without a model (too few events yet) or with personalization off, targeting's order stays.
 */
@ApplicationScoped
public class PersonalizedRanking {

    /** What the ranking stage adds to a placement: its own candidates, and the ranker to slot in. */
    public record Plan(List<Candidate> candidates, Ranker ranker, boolean personalized) {
        public static final Plan TARGETING_ONLY = new Plan(List.of(), Ranker.KEEP_ORDER, false);
    }

    private final RankingService ranking;
    private final PersonalizationConfig config;

    PersonalizedRanking(RankingService ranking, PersonalizationConfig config) {
        this.ranking = ranking;
        this.config = config;
    }

    /**
     * @param profile     the visitor
     * @param ownCandidates how many candidates the model should bring (0: rank targeting's only)
     * @param labelOf     a product's label in the request's locale (its identifier when unknown)
     */
    public Plan plan(VisitorProfile profile, int ownCandidates, Function<String, String> labelOf) {
        if (!config.enabled()) {
            return Plan.TARGETING_ONLY;
        }
        RankingModel model = ranking.model().orElse(null);
        if (model == null) {
            return Plan.TARGETING_ONLY;
        }
        List<Candidate> own = ownCandidates <= 0 ? List.of() : model.rank(profile.history(), null, ownCandidates).stream()
                .map(item -> new Candidate(item.itemId(), item.score(), reasons(item, labelOf))).toList();
        Ranker ranker = (candidates, context) -> rank(model, profile, candidates, labelOf);
        return new Plan(own, ranker, true);
    }

    static List<Candidate> rank(RankingModel model, VisitorProfile profile, List<Candidate> candidates,
                                Function<String, String> labelOf) {
        Map<String, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.putIfAbsent(c.identifier(), c));
        List<RankedItem> ranked = model.rank(profile.history(), candidates.stream().map(Candidate::identifier).toList(), candidates.size());
        List<Candidate> ordered = new ArrayList<>(ranked.size());
        for (RankedItem item : ranked) {
            Candidate original = byId.get(item.itemId());
            List<Reason> reasons = new ArrayList<>(original.reasons());
            reasons.addAll(0, reasons(item, labelOf));
            ordered.add(new Candidate(item.itemId(), item.score(), reasons));
        }
        // the visitor's explicit choice wins over what was inferred
        ordered.sort(Comparator.comparing((Candidate c) -> !Boolean.TRUE.equals(profile.likes(VisitorEvent.Preference.Kind.PRODUCT, c.identifier()))));
        return ordered;
    }

    /** The ranker's reasons in words: "because you viewed Alpine Hiking Boot", "viewed earlier", "popular right now", "new: exploring". */
    static List<Reason> reasons(RankedItem item, Function<String, String> labelOf) {
        List<Reason> reasons = new ArrayList<>();
        for (io.pimento.ranking.Reason reason : item.reasons()) {
            reasons.add(switch (reason.code()) {
                case io.pimento.ranking.Reason.BECAUSE_VIEWED -> Reason.of(reason.code(), "because you viewed " + labelOf.apply(reason.item()));
                case io.pimento.ranking.Reason.VIEWED_AGAIN -> Reason.of(reason.code(), "you viewed it in this visit");
                case io.pimento.ranking.Reason.POPULAR -> Reason.of(reason.code(), "popular right now");
                case io.pimento.ranking.Reason.NEW -> Reason.of(reason.code(), "new: exploring");
                default -> Reason.of(reason.code(), reason.code().replace('_', ' '));
            });
        }
        return reasons;
    }
}
