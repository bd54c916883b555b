package io.pimento.personalization;

import io.pimento.events.VisitorEvent;
import io.pimento.ranking.RankedItem;
import io.pimento.ranking.RankingModel;
import io.pimento.ranking.Scoring;
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
    private final Map<String, Double> shares;

    PersonalizedRanking(RankingService ranking, PersonalizationConfig config) {
        this.ranking = ranking;
        this.config = config;
        this.shares = shares(config);
    }

    /**
     * @param profile     the visitor
     * @param ownCandidates how many candidates the model should bring (0: rank targeting's only)
     * @param labelOf     a product's label in the request's locale (its identifier when unknown)
     * @param placement   the placement's code, for its exploration share
     * @param who         the visitor (or session), which with the hour decides whether this response explores
     * @param scoring     how the model orders (the learned trees, or an experiment's variant); exploration is the same for all
     */
    public Plan plan(VisitorProfile profile, int ownCandidates, Function<String, String> labelOf, String placement, String who,
                     Scoring scoring) {
        if (!config.enabled()) {
            return Plan.TARGETING_ONLY;
        }
        RankingModel model = ranking.model().orElse(null);
        if (model == null) {
            return Plan.TARGETING_ONLY;
        }
        // without reasons: the ranking stage below scores every candidate again and gives them theirs
        List<Candidate> own = ownCandidates <= 0 ? List.of() : model.rank(profile.history(), null, ownCandidates, scoring).stream()
                .map(item -> new Candidate(item.itemId(), item.score(), List.of())).toList();
        Exploration exploration = exploration(placement, who);
        Ranker ranker = (candidates, context) -> exploration.apply(model, rank(model, scoring, profile, candidates, labelOf));
        return new Plan(own, ranker, true);
    }

    /** Whether this response gives a slot to a new product, and where. */
    private Exploration exploration(String placement, String who) {
        double share = placement == null ? 0 : shares.getOrDefault(placement, 0.0);
        if (who == null || share <= 0) {
            return Exploration.NONE;
        }
        long hour = System.currentTimeMillis() / 3_600_000L;
        double draw = Arm.bucket("explore:" + placement + ":" + who + ":" + hour);
        return draw < share ? new Exploration(config.explorationPosition(), config.explorationMaxClicks(), who + ":" + hour,
                ranking.impressions()) : Exploration.NONE;
    }

    /**
     * The exploration share of each placement: {@code exploration-share} for the placements of
     * {@code exploration-placements}, overridden by {@code exploration-shares} entries
     * ({@code email=0.3}). A malformed entry stops the application at start, naming it.
     */
    static Map<String, Double> shares(PersonalizationConfig config) {
        Map<String, Double> shares = new HashMap<>();
        config.explorationPlacements().forEach(placement -> shares.put(placement.strip(), config.explorationShare()));
        for (String entry : config.explorationShares().orElse(List.of())) {
            String[] parts = entry.split("=", 2);
            double share;
            try {
                share = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                share = Double.NaN;
            }
            if (parts[0].isBlank() || !(share >= 0 && share <= 1)) {
                throw new IllegalStateException(("pimento.personalization.exploration-shares: '%s' is not placement=share "
                        + "with a share from 0 to 1 (email=0.3)").formatted(entry));
            }
            shares.put(parts[0].strip(), share);
        }
        return Map.copyOf(shares);
    }

    /**
     * Cold start: one of the candidates the ranker knows little of (fewer than {@code maxClicks}
     * clicks) moves to {@code position}, chosen by Thompson sampling over what their impressions
     * and clicks tell ({@link Bandit}), seeded by the visitor and the hour: products never shown
     * get their turns across visitors, those that draw clicks more, while one visitor's page stays
     * stable for the hour. Deterministic for a given visitor, hour, candidates and counts.
     */
    record Exploration(int position, int maxClicks, String seed, Map<String, Integer> impressions) {
        static final Exploration NONE = new Exploration(0, 0, null, Map.of());

        List<Candidate> apply(RankingModel model, List<Candidate> ranked) {
            if (seed == null || ranked.size() < 2) {
                return ranked;
            }
            int slot = Math.min(position, ranked.size()) - 1;
            List<Integer> fresh = new ArrayList<>();
            List<Bandit.Arm> arms = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                String identifier = ranked.get(i).identifier();
                int clicks = model.clicks(identifier);
                if (i != slot && clicks < maxClicks) {
                    fresh.add(i);
                    arms.add(new Bandit.Arm(impressions.getOrDefault(identifier, 0), clicks));
                }
            }
            if (fresh.isEmpty() || slot < 0 || model.clicks(ranked.get(slot).identifier()) < maxClicks) {
                return ranked;
            }
            int pick = fresh.get(Bandit.choose(arms, (long) (Arm.bucket(seed) * Long.MAX_VALUE)));
            List<Candidate> result = new ArrayList<>(ranked);
            Candidate chosen = result.remove(pick);
            List<Reason> reasons = new ArrayList<>(chosen.reasons());
            reasons.add(0, Reason.of("exploring", "new: exploring"));
            result.add(slot, new Candidate(chosen.identifier(), chosen.score(), reasons));
            return result;
        }
    }

    static List<Candidate> rank(RankingModel model, Scoring scoring, VisitorProfile profile, List<Candidate> candidates,
                                Function<String, String> labelOf) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Candidate> byId = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            position.putIfAbsent(candidates.get(i).identifier(), i);
            byId.putIfAbsent(candidates.get(i).identifier(), candidates.get(i));
        }
        List<RankedItem> ranked = new ArrayList<>(model.rank(profile.history(),
                candidates.stream().map(Candidate::identifier).toList(), candidates.size(), scoring));
        // equal scores (products the ranker knows nothing of look alike to it) keep targeting's order
        ranked.sort(Comparator.comparingDouble((RankedItem item) -> -item.score()).thenComparing(item -> position.get(item.itemId())));
        List<Candidate> ordered = new ArrayList<>(ranked.size());
        for (RankedItem item : ranked) {
            Candidate original = byId.get(item.itemId());
            List<Reason> reasons = new ArrayList<>(original.reasons());
            if (model.clicks(item.itemId()) > 0) {
                // a product the ranker never saw is where targeting put it, for targeting's reasons
                reasons.addAll(0, reasons(item, labelOf));
            }
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
