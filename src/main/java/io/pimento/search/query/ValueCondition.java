package io.pimento.search.query;

/** One accepted value of a filter: an exact value, or a range whose open ends are null. */
public sealed interface ValueCondition {

    record Equals(Object value) implements ValueCondition {
    }

    record Between(Object min, Object max) implements ValueCondition {
    }
}
