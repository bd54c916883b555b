package io.pimento.targeting.rules.engine;

import io.pimento.targeting.rules.engine.RuleAction.Boost;
import io.pimento.targeting.rules.engine.RuleAction.Bury;
import io.pimento.targeting.rules.engine.RuleAction.Content;
import io.pimento.targeting.rules.engine.RuleAction.Exclude;
import io.pimento.targeting.rules.engine.RuleAction.Include;
import io.pimento.targeting.rules.engine.RuleAction.Pin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MerchandisingRulesTest {

    /** Candidates A to F in rank order, each selected "in category Jackets". */
    private static final List<Candidate> CANDIDATES = Stream.of("A", "B", "C", "D", "E", "F")
            .map(id -> new Candidate(id, 1.0, List.of(Reason.of("category", "in category Jackets"))))
            .toList();

    private static ActiveRule rule(String code, int priority, RuleAction action) {
        return new ActiveRule(code, priority, action, null);
    }

    private static List<String> ids(String... ids) {
        return List.of(ids);
    }

    private static List<String> order(List<PlacementItem> items) {
        return items.stream().map(PlacementItem::identifier).toList();
    }

    /** The texts of the reasons that came from rules, item by item, as "ITEM: text". */
    private static List<String> ruleReasons(List<PlacementItem> items) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> item.reasons().stream().filter(r -> r.rule() != null)
                .forEach(r -> texts.add(item.identifier() + ": " + r.text())));
        return texts;
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                arguments("no rule keeps the ranked order", List.of(),
                        ids("A", "B", "C", "D", "E", "F"), List.of()),
                arguments("pin moves a candidate to its position", List.of(rule("hero", 0, new Pin(ids("E"), 1))),
                        ids("E", "A", "B", "C", "D", "F"), List.of("E: pinned at 1 by rule hero")),
                arguments("pin of several products fills the following positions",
                        List.of(rule("hero", 0, new Pin(ids("F", "JACKET-1"), 2))),
                        ids("A", "F", "JACKET-1", "B", "C", "D", "E"),
                        List.of("F: pinned at 2 by rule hero", "JACKET-1: pinned at 3 by rule hero")),
                arguments("pin beyond the end closes up at the end", List.of(rule("hero", 0, new Pin(ids("B"), 40))),
                        ids("A", "C", "D", "E", "F", "B"), List.of("B: pinned at 40 by rule hero")),
                arguments("include adds products that are not candidates after them",
                        List.of(rule("wool", 0, new Include(ids("X", "B", "Y")))),
                        ids("A", "B", "C", "D", "E", "F", "X", "Y"),
                        List.of("X: included by rule wool", "Y: included by rule wool")),
                arguments("exclude removes matched products", List.of(rule("no_red", 0, new Exclude(ids("B", "D", "Z")))),
                        ids("A", "C", "E", "F"), List.of()),
                arguments("boost multiplies the rank score", List.of(rule("wool", 0, new Boost(ids("E"), 2.2))),
                        // E's rank score 2/6 times 2.2 is 0.73: between B (5/6) and C (4/6)
                        ids("A", "B", "E", "C", "D", "F"), List.of("E: boosted (weight 2.2) by rule wool")),
                arguments("boost below 1 demotes", List.of(rule("meh", 0, new Boost(ids("A"), 0.45))),
                        ids("B", "C", "D", "A", "E", "F"), List.of("A: boosted (weight 0.45) by rule meh")),
                arguments("bury moves products to the end keeping their order",
                        List.of(rule("old", 0, new Bury(ids("C", "A")))),
                        ids("B", "D", "E", "F", "A", "C"), List.of("A: buried by rule old", "C: buried by rule old")),
                arguments("content is inserted at its position",
                        List.of(new ActiveRule("welcome", 0, new Content(ids("newcomer_banner"), 2), "new_visitors")),
                        ids("A", "newcomer_banner", "B", "C", "D", "E", "F"),
                        List.of("newcomer_banner: shown to segment new_visitors by rule welcome")),
                arguments("content for everyone says so", List.of(rule("sale", 0, new Content(ids("sale_banner"), 1))),
                        ids("sale_banner", "A", "B", "C", "D", "E", "F"),
                        List.of("sale_banner: shown to everyone by rule sale")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void shouldApplyEachAction(String name, List<ActiveRule> rules, List<String> expectedOrder, List<String> expectedReasons) {
        List<PlacementItem> items = MerchandisingRules.apply(CANDIDATES, rules, 20);

        assertThat(order(items)).containsExactlyElementsOf(expectedOrder);
        assertThat(ruleReasons(items)).containsExactlyElementsOf(expectedReasons);
    }

    static Stream<Arguments> conflicts() {
        return Stream.of(
                arguments("higher-priority exclude removes a pinned product",
                        List.of(rule("pin_b", 1, new Pin(ids("B"), 1)), rule("no_b", 5, new Exclude(ids("B")))),
                        ids("A", "C", "D", "E", "F"), List.of()),
                arguments("higher-priority pin keeps a product an exclude removes, and says so",
                        List.of(rule("pin_b", 5, new Pin(ids("B"), 1)), rule("no_b", 1, new Exclude(ids("B")))),
                        ids("B", "A", "C", "D", "E", "F"), List.of("B: pinned at 1 by rule pin_b (overrides exclude by rule no_b)")),
                arguments("higher-priority include keeps an excluded candidate",
                        List.of(rule("keep", 5, new Include(ids("C"))), rule("drop", 1, new Exclude(ids("C", "D")))),
                        ids("A", "B", "C", "E", "F"), List.of("C: included by rule keep (overrides exclude by rule drop)")),
                arguments("higher-priority exclude wins over an include",
                        List.of(rule("add", 1, new Include(ids("X"))), rule("drop", 5, new Exclude(ids("X")))),
                        ids("A", "B", "C", "D", "E", "F"), List.of()),
                arguments("conflicting pins: the loser shifts to the next free position and says why",
                        List.of(rule("low", 1, new Pin(ids("D"), 1)), rule("high", 9, new Pin(ids("E"), 1))),
                        ids("E", "D", "A", "B", "C", "F"),
                        List.of("E: pinned at 1 by rule high",
                                "D: pinned at 2 by rule low; position 1 went to rule high, which takes precedence")),
                arguments("equal priorities: the code first in alphabetical order wins",
                        List.of(rule("zulu", 3, new Pin(ids("D"), 1)), rule("alpha", 3, new Pin(ids("E"), 1))),
                        ids("E", "D", "A", "B", "C", "F"),
                        List.of("E: pinned at 1 by rule alpha",
                                "D: pinned at 2 by rule zulu; position 1 went to rule alpha, which takes precedence")),
                arguments("a pin and content for the same position: priority decides",
                        List.of(rule("banner", 9, new Content(ids("promo"), 1)), rule("hero", 1, new Pin(ids("C"), 1))),
                        ids("promo", "C", "A", "B", "D", "E", "F"),
                        List.of("promo: shown to everyone by rule banner",
                                "C: pinned at 2 by rule hero; position 1 went to rule banner, which takes precedence")),
                arguments("a product pinned by two rules takes the higher rule's position",
                        List.of(rule("low", 1, new Pin(ids("F"), 2)), rule("high", 9, new Pin(ids("F"), 4))),
                        ids("A", "B", "C", "F", "D", "E"), List.of("F: pinned at 4 by rule high")),
                arguments("boost against bury: the higher priority wins and says so",
                        List.of(rule("up", 9, new Boost(ids("F"), 7.0)), rule("down", 1, new Bury(ids("F")))),
                        ids("F", "A", "B", "C", "D", "E"), List.of("F: boosted (weight 7.0) by rule up (overrides bury by rule down)")),
                arguments("two boosts: only the higher-priority one applies",
                        List.of(rule("small", 9, new Boost(ids("F"), 2.5)), rule("big", 1, new Boost(ids("F"), 6.0))),
                        ids("A", "B", "C", "D", "F", "E"), List.of("F: boosted (weight 2.5) by rule small (overrides boost by rule big)")),
                arguments("a pinned product is not moved by a bury",
                        List.of(rule("hero", 1, new Pin(ids("A"), 1)), rule("old", 9, new Bury(ids("A", "B")))),
                        ids("A", "C", "D", "E", "F", "B"), List.of("A: pinned at 1 by rule hero", "B: buried by rule old")),
                arguments("an included product can be boosted",
                        List.of(rule("add", 1, new Include(ids("X"))), rule("up", 1, new Boost(ids("X"), 10.0))),
                        ids("X", "A", "B", "C", "D", "E", "F"), List.of("X: included by rule add", "X: boosted (weight 10.0) by rule up")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflicts")
    void shouldResolveConflictsByPriorityThenCode(String name, List<ActiveRule> rules, List<String> expectedOrder,
                                                  List<String> expectedReasons) {
        List<PlacementItem> items = MerchandisingRules.apply(CANDIDATES, rules, 20);

        assertThat(order(items)).containsExactlyElementsOf(expectedOrder);
        assertThat(ruleReasons(items)).containsExactlyElementsOf(expectedReasons);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                arguments(0, ids()),
                arguments(1, ids("promo")),
                arguments(3, ids("promo", "A", "X")),
                arguments(6, ids("promo", "A", "X", "B", "C", "D")));
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void shouldCutTheResultToTheLimitAfterPlacingEverything(int limit, List<String> expected) {
        List<ActiveRule> rules = List.of(rule("banner", 1, new Content(ids("promo"), 1)), rule("hero", 1, new Pin(ids("X"), 3)));

        assertThat(order(MerchandisingRules.apply(CANDIDATES, rules, limit))).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldGiveEveryItemAtLeastOneReason() {
        List<Candidate> bare = List.of(new Candidate("A", 0, List.of()), new Candidate("B", 0, List.of()));

        List<PlacementItem> items = MerchandisingRules.apply(bare, List.of(rule("add", 1, new Include(ids("C")))), 10);

        assertThat(items).allSatisfy(item -> assertThat(item.reasons()).isNotEmpty());
        assertThat(items.get(0).reasons()).containsExactly(Reason.of(Reason.RANKED, "ranked by the placement"));
    }

    @Test
    void shouldKeepTheCandidateSelectionReasonsOfAPinnedProduct() {
        List<PlacementItem> items = MerchandisingRules.apply(CANDIDATES, List.of(rule("hero", 1, new Pin(ids("C"), 1))), 10);

        assertThat(items.get(0).reasons()).containsExactly(Reason.of("category", "in category Jackets"),
                new Reason(Reason.PINNED, "hero", "pinned at 1 by rule hero"));
    }

    @Test
    void shouldGiveTheSameResultWhateverTheOrderTheRulesComeIn() {
        List<ActiveRule> rules = new ArrayList<>(List.of(
                rule("a", 2, new Pin(ids("F"), 1)), rule("b", 2, new Pin(ids("E"), 1)), rule("c", 7, new Boost(ids("D"), 3.0)),
                rule("d", 1, new Bury(ids("A"))), rule("e", 4, new Content(ids("promo"), 2)), rule("f", 3, new Exclude(ids("B")))));
        List<PlacementItem> expected = MerchandisingRules.apply(CANDIDATES, rules, 10);

        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(rules, new java.util.Random(seed));
            assertThat(MerchandisingRules.apply(CANDIDATES, rules, 10)).isEqualTo(expected);
        }
    }

    @Test
    void shouldShowACandidateListedTwiceOnce() {
        List<Candidate> twice = new ArrayList<>(CANDIDATES);
        twice.add(CANDIDATES.get(0));

        assertThat(order(MerchandisingRules.apply(twice, List.of(), 10))).containsExactly("A", "B", "C", "D", "E", "F");
    }

    @Test
    void shouldLetTheRankerOrderCandidatesBeforeTheRules() {
        Ranker reversed = (candidates, context) -> {
            List<Candidate> copy = new ArrayList<>(candidates);
            Collections.reverse(copy);
            return copy;
        };
        RankingContext context = new RankingContext(Placement.HOME, java.util.Set.of(), java.time.Instant.EPOCH);

        List<PlacementItem> items = PlacementPipeline.run(CANDIDATES, reversed, context, List.of(rule("hero", 1, new Pin(ids("A"), 1))), 3);

        assertThat(order(items)).containsExactly("A", "F", "E");
        assertThat(order(PlacementPipeline.run(CANDIDATES, Ranker.KEEP_ORDER, context, List.of(), 3))).containsExactly("A", "B", "C");
    }

    static Stream<Arguments> invalidActions() {
        return Stream.of(
                arguments((Runnable) () -> new Pin(ids("A"), 0)),
                arguments((Runnable) () -> new Content(ids("x"), -1)),
                arguments((Runnable) () -> new Boost(ids("A"), 0)),
                arguments((Runnable) () -> new Boost(ids("A"), Double.NaN)));
    }

    @ParameterizedTest
    @MethodSource("invalidActions")
    void shouldRefuseActionsThatCannotBeApplied(Runnable construction) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(construction::run);
    }
}
