package io.pimento.targeting.condition;

import java.util.List;

/**
 * Where the evaluator learns how often the visitor did something. Events (a later feature)
 * answer it from the visitor's session and history; until they exist every count is 0
 * ({@link #NONE}).
 */
@FunctionalInterface
public interface BehaviorCounts {

    /** Answers 0 to everything: a visitor about whom nothing is known yet. */
    BehaviorCounts NONE = (behavior, value, within) -> 0;

    /**
     * How many times the visitor did {@code behavior} about {@code value} (compared
     * case-insensitively; null: about anything) within the session or their whole history.
     */
    long count(Behavior behavior, String value, Within within);

    /** So many times {@code behavior} about {@code value} (null: about nothing in particular) within that span. */
    record Tally(Behavior behavior, String value, Within within, long count) {
    }

    /**
     * Counts given as they are, for trying segments out before events exist: the sum of the
     * tallies of that behaviour and span, about that value (any value when asked about none).
     */
    static BehaviorCounts of(List<Tally> tallies) {
        List<Tally> copy = List.copyOf(tallies);
        return (behavior, value, within) -> copy.stream()
                .filter(t -> t.behavior() == behavior && t.within() == within)
                .filter(t -> value == null || t.value() != null && t.value().equalsIgnoreCase(value))
                .mapToLong(Tally::count)
                .sum();
    }
}
