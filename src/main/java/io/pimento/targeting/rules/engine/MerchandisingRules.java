package io.pimento.targeting.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The last stage of a placement: applies the active merchandising rules to the ranked candidates.
 * A pure function: the same candidates and rules always give the same items.
 *
 * <p>Precedence: rules are taken in order of {@link Prioritized#precedence()} (higher priority
 * first, then code alphabetically). When rules disagree about a product, the first one decides:
 * <ul>
 *   <li>whether it is shown: the first pin, include or exclude naming it (an exclude below a pin
 *       or include is ignored, one above removes the product even if pinned);</li>
 *   <li>how it moves: the first boost or bury matching it (the others are ignored);</li>
 *   <li>where it is pinned: the first pin naming it.</li>
 * </ul>
 * A reason that won such a conflict says which rule it overrode.
 *
 * <p>Order: the candidates keep their ranked order, minus the excluded products; products that
 * includes add come after them (in rule order, then the query's order). Each product gets a rank
 * score, 1.0 for the first down to 1/n for the last, which a boost multiplies by its weight; the
 * products are then sorted by score (ties keep their order), and buried products go after all
 * the others in their own order. Boosts therefore do not depend on the scale of the candidates'
 * scores, which differ between a full-text search and a category listing.
 *
 * <p>Positions: pins and content items claim positions (1-based) in precedence order; a position
 * already claimed by a rule that takes precedence goes to the next free one, and the reason says
 * so. The other positions are filled with the ordered products. Claims beyond the end of the
 * list close up at its end. The result is cut to {@code limit}. Every item has at least one
 * reason.
 */
public final class MerchandisingRules {

    private MerchandisingRules() {
    }

    public static List<PlacementItem> apply(List<Candidate> ranked, List<ActiveRule> rules, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a limit cannot be negative: " + limit);
        }
        List<ActiveRule> ordered = rules.stream().sorted(Prioritized.precedence()).toList();
        Map<String, Contest> presence = contests(ordered, MerchandisingRules::presenceIds);
        Map<String, Contest> moves = contests(ordered, MerchandisingRules::moveIds);

        Map<String, Candidate> candidates = new LinkedHashMap<>();
        ranked.forEach(candidate -> candidates.putIfAbsent(candidate.identifier(), candidate));
        TreeMap<Integer, PlacementItem> claims = new TreeMap<>();
        Set<String> pinned = claimPositions(ordered, presence, candidates, claims);

        List<Flowing> flow = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            String id = candidate.identifier();
            Contest contest = presence.get(id);
            if (!pinned.contains(id) && !isExcluded(contest)) {
                List<Reason> reasons = selectionReasons(candidate);
                if (contest != null && contest.winner().action() instanceof RuleAction.Include && contest.overridden() != null) {
                    reasons.add(included(contest));
                }
                flow.add(new Flowing(id, reasons));
            }
        }
        Set<String> added = new HashSet<>();
        for (ActiveRule rule : ordered) {
            if (rule.action() instanceof RuleAction.Include include) {
                for (String id : include.matched()) {
                    Contest contest = presence.get(id);
                    if (contest.winner() == rule && !candidates.containsKey(id) && !pinned.contains(id) && added.add(id)) {
                        flow.add(new Flowing(id, new ArrayList<>(List.of(included(contest)))));
                    }
                }
            }
        }
        Iterator<PlacementItem> products = order(flow, moves).iterator();

        List<PlacementItem> items = new ArrayList<>();
        for (int position = 1; items.size() < limit && (products.hasNext() || !claims.isEmpty()); position++) {
            PlacementItem claimed = claims.remove(position);
            if (claimed != null) {
                items.add(claimed);
            } else if (products.hasNext()) {
                items.add(products.next());
            } else {
                items.add(claims.pollFirstEntry().getValue());
            }
        }
        return List.copyOf(items);
    }

    /** Pins and content items take their positions, in precedence order; returns the pinned products. */
    private static Set<String> claimPositions(List<ActiveRule> ordered, Map<String, Contest> presence,
                                              Map<String, Candidate> candidates, TreeMap<Integer, PlacementItem> claims) {
        Map<Integer, ActiveRule> claimedBy = new HashMap<>();
        Set<String> pinned = new HashSet<>();
        Set<String> shownContent = new HashSet<>();
        for (ActiveRule rule : ordered) {
            if (rule.action() instanceof RuleAction.Pin pin) {
                for (int i = 0; i < pin.products().size(); i++) {
                    String id = pin.products().get(i);
                    Contest contest = presence.get(id);
                    if (isExcluded(contest) || !pinned.add(id)) {
                        continue;
                    }
                    int wanted = pin.position() + i;
                    int slot = claim(wanted, rule, claimedBy);
                    List<Reason> reasons = candidates.containsKey(id) ? selectionReasons(candidates.get(id)) : new ArrayList<>();
                    String text = "pinned at %d by rule %s".formatted(slot, rule.code()) + displaced(wanted, slot, claimedBy)
                            + (contest.winner() == rule ? overrides(contest) : "");
                    reasons.add(new Reason(Reason.PINNED, rule.code(), text));
                    claims.put(slot, PlacementItem.product(id, reasons));
                }
            } else if (rule.action() instanceof RuleAction.Content content) {
                for (int i = 0; i < content.items().size(); i++) {
                    String code = content.items().get(i);
                    if (!shownContent.add(code)) {
                        continue;
                    }
                    int wanted = content.position() + i;
                    int slot = claim(wanted, rule, claimedBy);
                    String audience = rule.segment() == null ? "everyone" : "segment " + rule.segment();
                    String text = "shown to %s by rule %s".formatted(audience, rule.code()) + displaced(wanted, slot, claimedBy);
                    claims.put(slot, PlacementItem.content(code, List.of(new Reason(Reason.CONTENT, rule.code(), text))));
                }
            }
        }
        return pinned;
    }

    /** The first free position from {@code wanted} on. */
    private static int claim(int wanted, ActiveRule rule, Map<Integer, ActiveRule> claimedBy) {
        int slot = wanted;
        while (claimedBy.containsKey(slot)) {
            slot++;
        }
        claimedBy.put(slot, rule);
        return slot;
    }

    private static String displaced(int wanted, int slot, Map<Integer, ActiveRule> claimedBy) {
        return wanted == slot ? ""
                : "; position %d went to rule %s, which takes precedence".formatted(wanted, claimedBy.get(wanted).code());
    }

    /** Rank scores, times the winning boost; buried products last; ties keep the rank order. */
    private static List<PlacementItem> order(List<Flowing> flow, Map<String, Contest> moves) {
        int n = flow.size();
        List<Scored> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Flowing product = flow.get(i);
            double score = (n - i) / (double) n;
            boolean buried = false;
            Contest contest = moves.get(product.identifier());
            if (contest != null) {
                ActiveRule rule = contest.winner();
                if (rule.action() instanceof RuleAction.Boost boost) {
                    score *= boost.weight();
                    product.reasons().add(new Reason(Reason.BOOSTED, rule.code(),
                            "boosted (weight %s) by rule %s".formatted(boost.weight(), rule.code()) + overrides(contest)));
                } else {
                    buried = true;
                    product.reasons().add(new Reason(Reason.BURIED, rule.code(),
                            "buried by rule %s".formatted(rule.code()) + overrides(contest)));
                }
            }
            scored.add(new Scored(PlacementItem.product(product.identifier(), product.reasons()), score, buried, i));
        }
        return scored.stream()
                .sorted(Comparator.comparing(Scored::buried)
                        .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                        .thenComparingInt(Scored::rank))
                .map(Scored::item)
                .toList();
    }

    private static List<Reason> selectionReasons(Candidate candidate) {
        return new ArrayList<>(candidate.reasons().isEmpty()
                ? List.of(Reason.of(Reason.RANKED, "ranked by the placement"))
                : candidate.reasons());
    }

    private static Reason included(Contest contest) {
        String rule = contest.winner().code();
        return new Reason(Reason.INCLUDED, rule, "included by rule %s".formatted(rule) + overrides(contest));
    }

    private static String overrides(Contest contest) {
        ActiveRule loser = contest.overridden();
        return loser == null ? "" : " (overrides %s by rule %s)".formatted(loser.action().type(), loser.code());
    }

    private static boolean isExcluded(Contest contest) {
        return contest != null && contest.winner().action() instanceof RuleAction.Exclude;
    }

    /** For each product, the first rule (in precedence order) that names it, and the first one it overrode. */
    private static Map<String, Contest> contests(List<ActiveRule> ordered, Function<RuleAction, List<String>> ids) {
        Map<String, Contest> contests = new HashMap<>();
        for (ActiveRule rule : ordered) {
            for (String id : ids.apply(rule.action())) {
                Contest existing = contests.get(id);
                if (existing == null) {
                    contests.put(id, new Contest(rule, null));
                } else if (existing.overridden() == null && existing.winner() != rule
                        && opposes(existing.winner().action(), rule.action())) {
                    contests.put(id, new Contest(existing.winner(), rule));
                }
            }
        }
        return contests;
    }

    /** Actions that would have done something else to the product: keep against exclude, or two different moves. */
    private static boolean opposes(RuleAction winner, RuleAction loser) {
        boolean presence = winner instanceof RuleAction.Exclude != loser instanceof RuleAction.Exclude;
        boolean move = winner instanceof RuleAction.Boost || loser instanceof RuleAction.Boost;
        return presence || move;
    }

    private static List<String> presenceIds(RuleAction action) {
        if (action instanceof RuleAction.Pin pin) {
            return pin.products();
        }
        if (action instanceof RuleAction.Include include) {
            return include.matched();
        }
        if (action instanceof RuleAction.Exclude exclude) {
            return exclude.matched();
        }
        return List.of();
    }

    private static List<String> moveIds(RuleAction action) {
        if (action instanceof RuleAction.Boost boost) {
            return boost.matched();
        }
        if (action instanceof RuleAction.Bury bury) {
            return bury.matched();
        }
        return List.of();
    }

    private record Contest(ActiveRule winner, ActiveRule overridden) {
    }

    private record Flowing(String identifier, List<Reason> reasons) {
    }

    private record Scored(PlacementItem item, double score, boolean buried, int rank) {
    }
}
