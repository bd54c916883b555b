package io.pimento.targeting.condition;

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
}
