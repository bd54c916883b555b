package io.pimento.targeting.condition;

import java.util.List;
import java.util.Objects;

/**
 * A segment's condition, parsed ({@link ConditionParser}) from its JSON form: combinators over
 * tests of the visitor context and counts of the visitor's behaviour. Immutable; evaluated by
 * {@link ConditionEvaluator}.
 */
public sealed interface Condition permits Condition.All, Condition.Any, Condition.Not, Condition.FieldTest, Condition.BehaviorCount {

    /** How the condition reads in explanations: {@code device eq mobile}. */
    String describe();

    /** Holds when every condition holds. Never empty. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String describe() {
            return join(conditions, " and ");
        }
    }

    /** Holds when at least one condition holds. Never empty. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String describe() {
            return join(conditions, " or ");
        }
    }

    /** Holds when its condition does not. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition);
        }

        @Override
        public String describe() {
            return "not " + parenthesised(condition);
        }
    }

    /**
     * A test of one context field. {@code operands} holds what the operator needs: one value for
     * most, several for {@code in}/{@code not_in}, [low, high] for {@code between}, and for
     * {@code exists} a single boolean (whether the field should be there).
     */
    record FieldTest(Field field, Operator op, List<Value> operands) implements Condition {
        public FieldTest {
            Objects.requireNonNull(field);
            Objects.requireNonNull(op);
            operands = List.copyOf(operands);
        }

        @Override
        public String describe() {
            return field.name() + " " + op.code() + " " + Value.describe(op, operands);
        }
    }

    /**
     * How many times the visitor did something ({@code viewed_category} {@code jackets}) in the
     * session or over their history, compared with {@code count}. A null value counts the
     * behaviour whatever it was about.
     */
    record BehaviorCount(Behavior behavior, String value, Operator op, long count, Within within) implements Condition {
        public BehaviorCount {
            Objects.requireNonNull(behavior);
            Objects.requireNonNull(op);
            Objects.requireNonNull(within);
        }

        @Override
        public String describe() {
            return behavior.code() + (value == null ? "" : " " + value) + " " + op.code() + " " + count
                    + " within " + within.code();
        }
    }

    private static String join(List<Condition> conditions, String separator) {
        return String.join(separator, conditions.stream().map(Condition::parenthesised).toList());
    }

    private static String parenthesised(Condition condition) {
        boolean compound = condition instanceof All all && all.conditions().size() > 1
                || condition instanceof Any any && any.conditions().size() > 1;
        return compound ? "(" + condition.describe() + ")" : condition.describe();
    }
}
