package io.pimento.targeting.condition;

import io.pimento.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ConditionParserTest {

    private static ConditionParser.Parsed parse(String json) {
        return ConditionParser.parse(Json.of(json));
    }

    static Stream<Arguments> validConditions() {
        return Stream.of(
                arguments("{'field': 'device', 'op': 'eq', 'value': 'mobile'}", "device eq mobile"),
                arguments("{'field': 'country', 'op': 'neq', 'value': 'FR'}", "country neq FR"),
                arguments("{'field': 'utm_source', 'op': 'in', 'value': ['instagram', 'tiktok']}", "utm_source in [instagram, tiktok]"),
                arguments("{'field': 'tier', 'op': 'not_in', 'value': ['gold']}", "tier not_in [gold]"),
                arguments("{'field': 'referrer', 'op': 'contains', 'value': 'instagram.com'}", "referrer contains instagram.com"),
                arguments("{'field': 'utm_campaign', 'op': 'starts_with', 'value': 'summer_'}", "utm_campaign starts_with summer_"),
                arguments("{'field': 'visits', 'op': 'gt', 'value': 4}", "visits gt 4"),
                arguments("{'field': 'visits', 'op': 'gte', 'value': 5}", "visits gte 5"),
                arguments("{'field': 'visits', 'op': 'lt', 'value': 2.5}", "visits lt 2.5"),
                arguments("{'field': 'visits', 'op': 'lte', 'value': 1}", "visits lte 1"),
                arguments("{'field': 'visits', 'op': 'between', 'value': [2, 10]}", "visits between [2, 10]"),
                arguments("{'field': 'visits', 'op': 'in', 'value': [1, 2]}", "visits in [1, 2]"),
                arguments("{'field': 'new', 'op': 'eq', 'value': true}", "new eq true"),
                arguments("{'field': 'tier', 'op': 'exists'}", "tier exists true"),
                arguments("{'field': 'tier', 'op': 'exists', 'value': false}", "tier exists false"),
                arguments("{'field': 'ctx.store', 'op': 'eq', 'value': 'paris'}", "ctx.store eq paris"),
                arguments("{'field': 'ctx.age', 'op': 'gte', 'value': 18}", "ctx.age gte 18"),
                arguments("{'field': 'ctx.member', 'op': 'eq', 'value': true}", "ctx.member eq true"),
                arguments("{'field': 'ctx.store', 'op': 'in', 'value': ['paris', 3]}", "ctx.store in [paris, 3]"),
                arguments("{'behavior': 'viewed_category', 'value': 'jackets', 'op': 'gte', 'count': 2, 'within': 'session'}",
                        "viewed_category jackets gte 2 within session"),
                arguments("{'behavior': 'purchased', 'op': 'gt', 'count': 0, 'within': 'history'}", "purchased gt 0 within history"),
                arguments("{'behavior': 'searched', 'value': 'tent', 'op': 'eq', 'count': 0}", "searched tent eq 0 within session"),
                arguments("{'all': [{'field': 'device', 'op': 'eq', 'value': 'mobile'}, {'field': 'new', 'op': 'eq', 'value': true}]}",
                        "device eq mobile and new eq true"),
                arguments("{'any': [{'field': 'device', 'op': 'eq', 'value': 'mobile'}]}", "device eq mobile"),
                arguments("{'not': {'field': 'tier', 'op': 'eq', 'value': 'gold'}}", "not tier eq gold"),
                arguments("{'all': [{'field': 'device', 'op': 'eq', 'value': 'mobile'}, {'any': ["
                                + "{'field': 'utm_source', 'op': 'in', 'value': ['instagram', 'tiktok']},"
                                + "{'field': 'referrer', 'op': 'contains', 'value': 'instagram.com'}]},"
                                + "{'not': {'field': 'tier', 'op': 'eq', 'value': 'gold'}}]}",
                        "device eq mobile and (utm_source in [instagram, tiktok] or referrer contains instagram.com) and not tier eq gold"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("validConditions")
    void shouldParseEveryForm(String json, String reads) {
        ConditionParser.Parsed parsed = parse(json);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.condition().describe()).isEqualTo(reads);
    }

    @Test
    void shouldParseIntoTheRecordsOfTheLanguage() {
        Condition condition = parse("{'all': [{'field': 'visits', 'op': 'between', 'value': [1, 3]},"
                + "{'behavior': 'viewed_category', 'value': 'jackets', 'op': 'gte', 'count': 2, 'within': 'history'}]}").condition();

        assertThat(condition).isEqualTo(new Condition.All(List.of(
                new Condition.FieldTest(Field.VISITS, Operator.BETWEEN, List.of(Value.of(BigDecimal.ONE), Value.of(new BigDecimal(3)))),
                new Condition.BehaviorCount(Behavior.VIEWED_CATEGORY, "jackets", Operator.GTE, 2, Within.HISTORY))));
    }

    static Stream<Arguments> invalidConditions() {
        return Stream.of(
                arguments("null", "condition", "a condition is required"),
                arguments("'device'", "condition", "a condition is an object, not the string \"device\""),
                arguments("{}", "condition", "not a condition (keys: none)"),
                arguments("{'op': 'eq'}", "condition", "not a condition (keys: op)"),
                arguments("{'field': 'device', 'op': 'equals', 'value': 'mobile'}", "condition.op",
                        "unknown operator 'equals'; operators are eq, neq, in, not_in, contains, starts_with, exists"),
                arguments("{'field': 'ctx.x', 'op': 'like', 'value': 'a'}", "condition.op",
                        "unknown operator 'like'; operators are eq, neq, in, not_in, contains, starts_with, gt, gte, lt, lte, between, exists"),
                arguments("{'field': 'device'}", "condition.op", "an operator is required"),
                arguments("{'field': 'devise', 'op': 'eq', 'value': 'mobile'}", "condition.field",
                        "unknown field 'devise'; fields are device, country, referrer, utm_source, utm_campaign, new, visits, tier, or ctx.<name> for a custom one"),
                arguments("{'field': 'ctx.', 'op': 'eq', 'value': 'x'}", "condition.field", "unknown field 'ctx.'"),
                arguments("{'field': 3, 'op': 'eq', 'value': 'x'}", "condition.field", "the field is a name like \"device\", not the number 3"),
                arguments("{'field': 'device', 'op': 'gt', 'value': 3}", "condition.op",
                        "'gt' does not apply to device, which holds text; use eq, neq, in, not_in, contains, starts_with, exists"),
                arguments("{'field': 'new', 'op': 'in', 'value': [true]}", "condition.op", "'in' does not apply to new, which holds a boolean; use eq, neq, exists"),
                arguments("{'field': 'visits', 'op': 'contains', 'value': '1'}", "condition.op", "'contains' does not apply to visits, which holds a number; use eq, neq, in"),
                arguments("{'field': 'device', 'op': 'eq', 'value': 3}", "condition.value", "'eq' on device needs a string, not the number 3"),
                arguments("{'field': 'device', 'op': 'eq'}", "condition.value", "'eq' needs a value: a string"),
                arguments("{'field': 'visits', 'op': 'eq', 'value': '5'}", "condition.value", "'eq' on visits needs a number, not the string \"5\""),
                arguments("{'field': 'new', 'op': 'eq', 'value': 'yes'}", "condition.value", "'eq' on new needs true or false"),
                arguments("{'field': 'device', 'op': 'in', 'value': 'mobile'}", "condition.value",
                        "'in' needs a non-empty list of values, like [\"a\", \"b\"], not the string \"mobile\""),
                arguments("{'field': 'device', 'op': 'not_in', 'value': []}", "condition.value", "'not_in' needs a non-empty list of values"),
                arguments("{'field': 'device', 'op': 'in', 'value': ['a', 2]}", "condition.value[1]", "'in' on device needs a list of values, each a string, not the number 2"),
                arguments("{'field': 'visits', 'op': 'between', 'value': 3}", "condition.value", "'between' needs [low, high], two numbers, not the number 3"),
                arguments("{'field': 'visits', 'op': 'between', 'value': [1, 2, 3]}", "condition.value", "'between' needs [low, high]"),
                arguments("{'field': 'visits', 'op': 'between', 'value': [5, 1]}", "condition.value", "low <= high, got [5, 1]"),
                arguments("{'field': 'ctx.age', 'op': 'gt', 'value': 'old'}", "condition.value", "'gt' on ctx.age needs a number, not the string \"old\""),
                arguments("{'field': 'referrer', 'op': 'contains', 'value': ''}", "condition.value", "'contains' on referrer needs a non-empty string"),
                arguments("{'field': 'tier', 'op': 'exists', 'value': 'gold'}", "condition.value",
                        "'exists' takes no value, or true/false (whether the field should be there), not the string \"gold\""),
                arguments("{'field': 'ctx.x', 'op': 'eq', 'value': {'a': 1}}", "condition.value", "'eq' on ctx.x needs a string, a number or a boolean, not an object"),
                arguments("{'field': 'device', 'op': 'eq', 'value': 'mobile', 'values': 'x'}", "condition.values",
                        "unknown key 'values' in a field test; it takes field, op, value"),
                arguments("{'all': []}", "condition.all", "'all' needs a non-empty list of conditions, got an empty list"),
                arguments("{'any': {'field': 'device'}}", "condition.any", "'any' needs a non-empty list of conditions, got an object"),
                arguments("{'not': null}", "condition.not", "a condition is required"),
                arguments("{'all': [{'field': 'device', 'op': 'eq', 'value': 'mobile'}], 'field': 'x'}", "condition",
                        "a combinator has a single key ('all'); found all, field"),
                arguments("{'all': [{'field': 'device', 'op': 'eq', 'value': 'm'}, {'any': [{'field': 'device', 'op': 'equal', 'value': 'm'}]}]}",
                        "condition.all[1].any[0].op", "unknown operator 'equal'"),
                arguments("{'behavior': 'clicked', 'op': 'gte', 'count': 1}", "condition.behavior",
                        "unknown behaviour 'clicked'; behaviours are viewed_category, viewed_product, searched, added_to_cart, purchased"),
                arguments("{'behavior': 'searched', 'op': 'contains', 'count': 1}", "condition.op",
                        "'contains' does not apply to a behaviour count; use eq, neq, gt, gte, lt, lte"),
                arguments("{'behavior': 'searched', 'op': 'gte', 'count': -1}", "condition.count", "the count is a whole number, 0 or more, not the number -1"),
                arguments("{'behavior': 'searched', 'op': 'gte', 'count': 1.5}", "condition.count", "the count is a whole number"),
                arguments("{'behavior': 'searched', 'op': 'gte'}", "condition.count", "not nothing"),
                arguments("{'behavior': 'searched', 'op': 'gte', 'count': 1, 'within': 'week'}", "condition.within",
                        "'within' is session or history, not the string \"week\""),
                arguments("{'behavior': 'searched', 'value': 4, 'op': 'gte', 'count': 1}", "condition.value", "as a non-empty string"),
                arguments(nested(ConditionParser.MAX_DEPTH), "condition" + ".not".repeat(ConditionParser.MAX_DEPTH),
                        "conditions nest at most 10 levels deep"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidConditions")
    void shouldRefuseWithTheJsonPathAndWhatWouldBeRight(String json, String path, String message) {
        ConditionParser.Parsed parsed = parse(json);

        assertThat(parsed.condition()).isNull();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(path);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void shouldReportEveryErrorAtOnce() {
        ConditionParser.Parsed parsed = parse("{'any': [{'field': 'devise', 'op': 'eq', 'value': 'm'},"
                + "{'field': 'visits', 'op': 'gte', 'value': 'five'}, {'behavior': 'purchased', 'op': 'gte', 'count': 1, 'within': 'year'}]}");

        assertThat(parsed.errors()).extracting(FieldError::field)
                .containsExactly("condition.any[0].field", "condition.any[1].value", "condition.any[2].within");
    }

    @Test
    void shouldAcceptNestingUpToTheLimit() {
        assertThat(parse(nested(ConditionParser.MAX_DEPTH - 1)).errors()).isEmpty();
    }

    @Test
    void shouldNameErrorsUnderTheRootItIsGiven() {
        ConditionParser.Parsed parsed = ConditionParser.parse(Json.of("{'not': {'field': 'x'}}"), "segments[2].condition");

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("segments[2].condition.not.field", "segments[2].condition.not.op");
    }

    /** A field test under {@code depth} nots. */
    private static String nested(int depth) {
        return "{'not': ".repeat(depth) + "{'field': 'device', 'op': 'exists'}" + "}".repeat(depth);
    }
}
