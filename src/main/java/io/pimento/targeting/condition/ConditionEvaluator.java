package io.pimento.targeting.condition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a visitor matches a condition, and why: a pure function of the condition, the
 * visitor's context and their behaviour counts. Deterministic: the same inputs give the same
 * answer and the same explanations, in the order the condition lists its parts.
 *
 * <p>Comparison rules:
 * <ul>
 *   <li>Numbers compare numerically ({@code 5} equals {@code 5.0}); text that reads as a number
 *       (a custom field sent as {@code "5"}) compares with a number as that number, but two
 *       texts compare as text ({@code "01"} is not {@code "1"}).</li>
 *   <li>Text compares case-insensitively, for every operator ({@code eq}, {@code in},
 *       {@code contains}, {@code starts_with}): channels send {@code Mobile}, {@code mobile} or
 *       {@code MOBILE} for the same thing, and a campaign tag's case is rarely deliberate.</li>
 *   <li>A field the context does not have matches nothing but {@code exists: false}: {@code neq}
 *       and {@code not_in} also need the field to be there. Wrap a test in {@code not} to match
 *       visitors without the field.</li>
 *   <li>{@code gt}, {@code gte}, {@code lt}, {@code lte} and {@code between} (bounds included)
 *       do not match a value that is not a number.</li>
 * </ul>
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    /**
     * Whether the condition matched, and the conditions that held and made it match, described
     * like {@code device eq mobile} (a {@code not} that held reads {@code not tier eq gold}).
     * Empty when it did not match.
     */
    public record Evaluation(boolean matched, List<String> held) {
        public Evaluation {
            held = List.copyOf(held);
        }
    }

    public static Evaluation evaluate(Condition condition, VisitorContext context, BehaviorCounts counts) {
        List<String> held = new ArrayList<>();
        boolean matched = holds(condition, context, counts, held);
        return new Evaluation(matched, matched ? held : List.of());
    }

    /** Whether it holds; when it does, adds the explanations of what held to {@code held}. */
    private static boolean holds(Condition condition, VisitorContext context, BehaviorCounts counts, List<String> held) {
        if (condition instanceof Condition.All all) {
            List<String> reasons = new ArrayList<>();
            for (Condition part : all.conditions()) {
                if (!holds(part, context, counts, reasons)) {
                    return false;
                }
            }
            held.addAll(reasons);
            return true;
        }
        if (condition instanceof Condition.Any any) {
            // Every part is evaluated, so every reason a visitor matched is reported.
            boolean matched = false;
            for (Condition part : any.conditions()) {
                matched |= holds(part, context, counts, held);
            }
            return matched;
        }
        if (condition instanceof Condition.Not not) {
            return leaf(not, !holds(not.condition(), context, counts, new ArrayList<>()), held);
        }
        if (condition instanceof Condition.FieldTest test) {
            return leaf(test, test(test, context.value(test.field())), held);
        }
        Condition.BehaviorCount count = (Condition.BehaviorCount) condition;
        long actual = counts.count(count.behavior(), count.value(), count.within());
        return leaf(count, compare(count.op(), BigDecimal.valueOf(actual), BigDecimal.valueOf(count.count())), held);
    }

    private static boolean leaf(Condition condition, boolean matched, List<String> held) {
        if (matched) {
            held.add(condition.describe());
        }
        return matched;
    }

    static boolean test(Condition.FieldTest test, Optional<Value> actual) {
        List<Value> operands = test.operands();
        if (test.op() == Operator.EXISTS) {
            boolean present = actual.filter(v -> !(v instanceof Value.Text t && t.value().isBlank())).isPresent();
            return present == ((Value.Bool) operands.get(0)).value();
        }
        if (actual.isEmpty()) {
            return false;
        }
        Value value = actual.get();
        return switch (test.op()) {
            case EQ -> Value.same(value, operands.get(0));
            case NEQ -> !Value.same(value, operands.get(0));
            case IN -> operands.stream().anyMatch(o -> Value.same(value, o));
            case NOT_IN -> operands.stream().noneMatch(o -> Value.same(value, o));
            case CONTAINS -> Value.lower(value.text()).contains(Value.lower(operands.get(0).text()));
            case STARTS_WITH -> Value.lower(value.text()).startsWith(Value.lower(operands.get(0).text()));
            case GT, GTE, LT, LTE -> value.number()
                    .map(n -> compare(test.op(), n, operands.get(0).number().orElseThrow()))
                    .orElse(false);
            case BETWEEN -> value.number()
                    .map(n -> compare(Operator.GTE, n, operands.get(0).number().orElseThrow())
                            && compare(Operator.LTE, n, operands.get(1).number().orElseThrow()))
                    .orElse(false);
            case EXISTS -> throw new IllegalStateException("handled above");
        };
    }

    private static boolean compare(Operator op, BigDecimal actual, BigDecimal expected) {
        int order = actual.compareTo(expected);
        return switch (op) {
            case EQ -> order == 0;
            case NEQ -> order != 0;
            case GT -> order > 0;
            case GTE -> order >= 0;
            case LT -> order < 0;
            case LTE -> order <= 0;
            default -> throw new IllegalArgumentException("'%s' does not compare two numbers".formatted(op.code()));
        };
    }
}
