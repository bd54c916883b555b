package io.pimento.web.segments;

import io.pimento.targeting.condition.Behavior;
import io.pimento.targeting.condition.Field;
import io.pimento.targeting.condition.Operator;
import io.pimento.targeting.condition.Within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The options of the condition editor's selects, labelled; templates reach them through {@link ConditionNode}. */
public final class ConditionChoices {

    /** An option: the code sent, the label shown. */
    public record Choice(String code, String label) {
    }

    private static final Map<String, String> FIELD_LABELS = Map.of(
            "device", "Device", "country", "Country", "referrer", "Referrer", "utm_source", "UTM source",
            "utm_campaign", "UTM campaign", "new", "New visitor", "visits", "Visits", "tier", "Loyalty tier");

    private static final Map<Operator, String> OPERATOR_LABELS = Map.ofEntries(
            Map.entry(Operator.EQ, "equals"), Map.entry(Operator.NEQ, "differs from"), Map.entry(Operator.IN, "is one of"),
            Map.entry(Operator.NOT_IN, "is none of"), Map.entry(Operator.CONTAINS, "contains"),
            Map.entry(Operator.STARTS_WITH, "starts with"), Map.entry(Operator.GT, "more than"),
            Map.entry(Operator.GTE, "at least"), Map.entry(Operator.LT, "less than"), Map.entry(Operator.LTE, "at most"),
            Map.entry(Operator.BETWEEN, "between"), Map.entry(Operator.EXISTS, "is known"));

    static final List<Choice> conditionFields = java.util.stream.Stream.concat(
            Field.STANDARD.keySet().stream().map(name -> new Choice(name, FIELD_LABELS.getOrDefault(name, name))),
            java.util.stream.Stream.of(new Choice(ConditionTree.CUSTOM, "Custom (ctx.…)"))).toList();

    static final List<Choice> conditionOperators = Arrays.stream(Operator.values())
            .map(op -> new Choice(op.code(), OPERATOR_LABELS.get(op))).toList();

    static final List<Choice> conditionCountingOperators = Arrays.stream(Operator.values()).filter(Operator.COUNTING::contains)
            .map(op -> new Choice(op.code(), OPERATOR_LABELS.get(op))).toList();

    static final List<Choice> conditionBehaviors = Arrays.stream(Behavior.values())
            .map(b -> new Choice(b.code(), label(b.code()))).toList();

    static final List<Choice> conditionWithins = List.of(new Choice(Within.SESSION.code(), "in this visit"),
            new Choice(Within.HISTORY.code(), "ever"));

    static final List<Choice> conditionGroupKinds = List.of(new Choice(ConditionTree.ALL, "All of"),
            new Choice(ConditionTree.ANY, "Any of"), new Choice(ConditionTree.NOT, "Not"));

    private ConditionChoices() {
    }

    /** "viewed_category" → "Viewed category". */
    static String label(String code) {
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
