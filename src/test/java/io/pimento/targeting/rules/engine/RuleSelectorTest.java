package io.pimento.targeting.rules.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RuleSelectorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Set<String> SEGMENTS = Set.of("mobile_social", "new_visitors");

    private static ScheduledRule rule(Placement placement, String segment, Instant start, Instant end, boolean enabled) {
        return new ScheduledRule("r", 0, placement, segment, start, end, enabled);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("for this placement", rule(Placement.HOME, null, null, null, true), true),
                arguments("for every placement", rule(null, null, null, null, true), true),
                arguments("for another placement", rule(Placement.CART, null, null, null, true), false),
                arguments("for a matched segment", rule(null, "mobile_social", null, null, true), true),
                arguments("for a segment not matched", rule(null, "loyal", null, null, true), false),
                arguments("disabled", rule(null, null, null, null, false), false),
                arguments("starting now (start is included)", rule(null, null, NOW, null, true), true),
                arguments("starting later", rule(null, null, NOW.plusSeconds(1), null, true), false),
                arguments("started, no end", rule(null, null, NOW.minusSeconds(60), null, true), true),
                arguments("ending now (end is excluded)", rule(null, null, null, NOW, true), false),
                arguments("ending later", rule(null, null, NOW.minusSeconds(60), NOW.plusSeconds(1), true), true),
                arguments("ended", rule(null, null, NOW.minusSeconds(60), NOW.minusSeconds(1), true), false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rules")
    void shouldSelectRulesForPlacementSegmentsAndTime(String name, ScheduledRule rule, boolean applies) {
        assertThat(RuleSelector.select(List.of(rule), Placement.HOME, SEGMENTS, NOW)).hasSize(applies ? 1 : 0);
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                arguments(List.of(scored("b", 1), scored("a", 5)), List.of("a", "b")),
                arguments(List.of(scored("b", 5), scored("a", 5)), List.of("a", "b")),
                arguments(List.of(scored("c", -1), scored("b", 0), scored("a", 0)), List.of("a", "b", "c")));
    }

    private static ScheduledRule scored(String code, int priority) {
        return new ScheduledRule(code, priority, null, null, null, null, true);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void shouldListSelectedRulesByPriorityThenCode(List<ScheduledRule> rules, List<String> expected) {
        assertThat(RuleSelector.select(rules, Placement.SEARCH, Set.of(), NOW)).extracting(ScheduledRule::code)
                .containsExactlyElementsOf(expected);
    }
}
