package io.pimento.targeting.condition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ConditionEvaluatorTest {

    /** A visitor who viewed the outdoor category 3 times this session and bought twice before. */
    private static final BehaviorCounts COUNTS = (behavior, value, within) -> {
        Map<String, Long> known = Map.of(
                "viewed_category/outdoor/session", 3L,
                "viewed_category/outdoor/history", 7L,
                "purchased/null/history", 2L);
        return known.getOrDefault(behavior.code() + "/" + (value == null ? null : value.toLowerCase(Locale.ROOT)) + "/" + within.code(), 0L);
    };

    private static final String VISITOR = "{'device': 'Mobile', 'country': 'FR', 'referrer': 'https://www.Instagram.com/p/1',"
            + "'utm_source': 'instagram', 'utm_campaign': 'summer_sale', 'new': false, 'visits': 5, 'tier': 'silver',"
            + "'ctx.age': '42', 'ctx.member': true, 'ctx.store': 'Paris', 'ctx.blank': ''}";

    static Stream<Arguments> fieldTests() {
        return Stream.of(
                // eq / neq: text ignoring case, numbers numerically, booleans
                arguments("{'field': 'device', 'op': 'eq', 'value': 'mobile'}", true),
                arguments("{'field': 'device', 'op': 'eq', 'value': 'desktop'}", false),
                arguments("{'field': 'device', 'op': 'neq', 'value': 'desktop'}", true),
                arguments("{'field': 'device', 'op': 'neq', 'value': 'MOBILE'}", false),
                arguments("{'field': 'visits', 'op': 'eq', 'value': 5.0}", true),
                arguments("{'field': 'new', 'op': 'eq', 'value': false}", true),
                arguments("{'field': 'new', 'op': 'neq', 'value': false}", false),
                arguments("{'field': 'ctx.age', 'op': 'eq', 'value': 42}", true),
                arguments("{'field': 'ctx.member', 'op': 'eq', 'value': true}", true),
                // a field the context lacks matches nothing but exists: false
                arguments("{'field': 'ctx.missing', 'op': 'neq', 'value': 'x'}", false),
                arguments("{'field': 'ctx.missing', 'op': 'not_in', 'value': ['x']}", false),
                // in / not_in
                arguments("{'field': 'utm_source', 'op': 'in', 'value': ['tiktok', 'Instagram']}", true),
                arguments("{'field': 'utm_source', 'op': 'in', 'value': ['tiktok']}", false),
                arguments("{'field': 'tier', 'op': 'not_in', 'value': ['gold', 'platinum']}", true),
                arguments("{'field': 'tier', 'op': 'not_in', 'value': ['SILVER']}", false),
                arguments("{'field': 'visits', 'op': 'in', 'value': [4, 5]}", true),
                // contains / starts_with, ignoring case
                arguments("{'field': 'referrer', 'op': 'contains', 'value': 'instagram.com'}", true),
                arguments("{'field': 'referrer', 'op': 'contains', 'value': 'tiktok.com'}", false),
                arguments("{'field': 'utm_campaign', 'op': 'starts_with', 'value': 'SUMMER_'}", true),
                arguments("{'field': 'utm_campaign', 'op': 'starts_with', 'value': 'sale'}", false),
                arguments("{'field': 'ctx.store', 'op': 'contains', 'value': 'ari'}", true),
                // gt / gte / lt / lte / between, numerically, bounds included
                arguments("{'field': 'visits', 'op': 'gt', 'value': 4}", true),
                arguments("{'field': 'visits', 'op': 'gt', 'value': 5}", false),
                arguments("{'field': 'visits', 'op': 'gte', 'value': 5}", true),
                arguments("{'field': 'visits', 'op': 'gte', 'value': 5.5}", false),
                arguments("{'field': 'visits', 'op': 'lt', 'value': 10}", true),
                arguments("{'field': 'visits', 'op': 'lt', 'value': 5}", false),
                arguments("{'field': 'visits', 'op': 'lte', 'value': 5}", true),
                arguments("{'field': 'visits', 'op': 'lte', 'value': 4.99}", false),
                arguments("{'field': 'visits', 'op': 'between', 'value': [5, 9]}", true),
                arguments("{'field': 'visits', 'op': 'between', 'value': [1, 5]}", true),
                arguments("{'field': 'visits', 'op': 'between', 'value': [6, 9]}", false),
                arguments("{'field': 'ctx.age', 'op': 'gte', 'value': 18}", true),
                arguments("{'field': 'ctx.store', 'op': 'gt', 'value': 1}", false),
                // exists
                arguments("{'field': 'tier', 'op': 'exists'}", true),
                arguments("{'field': 'tier', 'op': 'exists', 'value': false}", false),
                arguments("{'field': 'ctx.missing', 'op': 'exists'}", false),
                arguments("{'field': 'ctx.missing', 'op': 'exists', 'value': false}", true),
                arguments("{'field': 'ctx.blank', 'op': 'exists'}", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("fieldTests")
    void shouldApplyEveryOperator(String condition, boolean matches) {
        ConditionEvaluator.Evaluation evaluation = evaluate(condition, VISITOR);

        assertThat(evaluation.matched()).isEqualTo(matches);
        assertThat(evaluation.held()).hasSize(matches ? 1 : 0);
    }

    static Stream<Arguments> behaviorCounts() {
        return Stream.of(
                arguments("{'behavior': 'viewed_category', 'value': 'outdoor', 'op': 'gte', 'count': 2, 'within': 'session'}", true),
                arguments("{'behavior': 'viewed_category', 'value': 'Outdoor', 'op': 'gt', 'count': 3, 'within': 'session'}", false),
                arguments("{'behavior': 'viewed_category', 'value': 'outdoor', 'op': 'eq', 'count': 7, 'within': 'history'}", true),
                arguments("{'behavior': 'viewed_category', 'value': 'outdoor', 'op': 'neq', 'count': 3}", false),
                arguments("{'behavior': 'purchased', 'op': 'gte', 'count': 1, 'within': 'history'}", true),
                arguments("{'behavior': 'purchased', 'op': 'lt', 'count': 1, 'within': 'session'}", true),
                arguments("{'behavior': 'searched', 'value': 'tent', 'op': 'lte', 'count': 0}", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("behaviorCounts")
    void shouldCompareBehaviourCounts(String condition, boolean matches) {
        assertThat(ConditionEvaluator.evaluate(Json.condition(condition), VisitorContext.EMPTY, COUNTS).matched()).isEqualTo(matches);
    }

    @Test
    void shouldCountNothingUntilEventsExist() {
        Condition outdoor = Json.condition("{'behavior': 'viewed_category', 'value': 'outdoor', 'op': 'gte', 'count': 1, 'within': 'session'}");

        assertThat(ConditionEvaluator.evaluate(outdoor, VisitorContext.EMPTY, BehaviorCounts.NONE).matched()).isFalse();
    }

    @Test
    void shouldSumGivenTalliesOfTheSameBehaviourAndSpan() {
        BehaviorCounts counts = BehaviorCounts.of(List.of(
                new BehaviorCounts.Tally(Behavior.VIEWED_CATEGORY, "outdoor", Within.SESSION, 2),
                new BehaviorCounts.Tally(Behavior.VIEWED_CATEGORY, "tents", Within.SESSION, 1),
                new BehaviorCounts.Tally(Behavior.VIEWED_CATEGORY, "outdoor", Within.HISTORY, 9)));

        assertThat(counts.count(Behavior.VIEWED_CATEGORY, "OUTDOOR", Within.SESSION)).isEqualTo(2);
        assertThat(counts.count(Behavior.VIEWED_CATEGORY, null, Within.SESSION)).isEqualTo(3);
        assertThat(counts.count(Behavior.SEARCHED, "outdoor", Within.SESSION)).isZero();
    }

    static Stream<Arguments> combinators() {
        String mobile = "{'field': 'device', 'op': 'eq', 'value': 'mobile'}";
        String desktop = "{'field': 'device', 'op': 'eq', 'value': 'desktop'}";
        String returning = "{'field': 'new', 'op': 'eq', 'value': false}";
        String outdoor = "{'behavior': 'viewed_category', 'value': 'outdoor', 'op': 'gte', 'count': 2, 'within': 'session'}";
        return Stream.of(
                arguments("{'all': [" + mobile + ", " + returning + "]}", List.of("device eq mobile", "new eq false")),
                arguments("{'all': [" + mobile + ", " + desktop + "]}", null),
                arguments("{'any': [" + desktop + ", " + mobile + ", " + outdoor + "]}",
                        List.of("device eq mobile", "viewed_category outdoor gte 2 within session")),
                arguments("{'any': [" + desktop + "]}", null),
                arguments("{'not': " + desktop + "}", List.of("not device eq desktop")),
                arguments("{'not': " + mobile + "}", null),
                arguments("{'not': {'all': [" + mobile + ", " + desktop + "]}}", List.of("not (device eq mobile and device eq desktop)")),
                arguments("{'all': [" + mobile + ", {'any': [{'field': 'utm_source', 'op': 'in', 'value': ['instagram', 'tiktok']},"
                                + "{'field': 'referrer', 'op': 'contains', 'value': 'instagram.com'}]},"
                                + "{'not': {'field': 'tier', 'op': 'eq', 'value': 'gold'}}]}",
                        List.of("device eq mobile", "utm_source in [instagram, tiktok]", "referrer contains instagram.com", "not tier eq gold")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("combinators")
    void shouldCombineAndExplainWhatHeld(String condition, List<String> held) {
        ConditionEvaluator.Evaluation evaluation = evaluate(condition, VISITOR);

        assertThat(evaluation.matched()).isEqualTo(held != null);
        assertThat(evaluation.held()).containsExactlyElementsOf(held == null ? List.of() : held);
    }

    @Test
    void shouldMatchNothingButAbsenceOnAnEmptyContext() {
        assertThat(evaluate("{'field': 'device', 'op': 'neq', 'value': 'mobile'}", "{}").matched()).isFalse();
        assertThat(evaluate("{'not': {'field': 'device', 'op': 'eq', 'value': 'mobile'}}", "{}").matched()).isTrue();
    }

    @Test
    void shouldCompareTwoTextsAsTextEvenWhenTheyReadAsNumbers() {
        assertThat(evaluate("{'field': 'utm_campaign', 'op': 'eq', 'value': '2024'}", "{'utm_campaign': '02024'}").matched()).isFalse();
        assertThat(evaluate("{'field': 'ctx.year', 'op': 'eq', 'value': 2024}", "{'ctx.year': '02024'}").matched()).isTrue();
    }

    @Test
    void shouldGiveTheSameAnswerEveryTime() {
        String condition = "{'any': [{'field': 'device', 'op': 'eq', 'value': 'mobile'}, {'field': 'visits', 'op': 'gte', 'value': 2}]}";

        assertThat(evaluate(condition, VISITOR)).isEqualTo(evaluate(condition, VISITOR));
    }

    static Stream<Arguments> invalidContexts() {
        return Stream.of(
                arguments("{'visits': 'five'}", "context.visits", "visits must be a whole number, 0 or more, got the string \"five\""),
                arguments("{'visits': -1}", "context.visits", "visits must be a whole number"),
                arguments("{'new': 'yes'}", "context.new", "new must be true or false"),
                arguments("{'device': 3}", "context.device", "device must be a string, got the number 3"),
                arguments("{'ctx.tags': ['a']}", "context.ctx.tags", "must be a string, a number or a boolean, got a list"),
                arguments("{'devise': 'mobile'}", "context.devise", "unknown context field 'devise'"),
                arguments("['mobile']", "context", "the context is an object"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidContexts")
    void shouldRefuseAContextWithWrongTypesByPath(String json, String path, String message) {
        VisitorContext.Parsed parsed = VisitorContext.parse(Json.of(json), "context");

        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(path);
            assertThat(error.message()).contains(message);
        });
    }

    private static ConditionEvaluator.Evaluation evaluate(String condition, String context) {
        return ConditionEvaluator.evaluate(Json.condition(condition), Json.context(context), COUNTS);
    }
}
