package io.pimento.targeting.condition;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The comparisons a {@link Condition.FieldTest} or {@link Condition.BehaviorCount} makes, by their JSON code. */
public enum Operator {
    EQ, NEQ, IN, NOT_IN, CONTAINS, STARTS_WITH, GT, GTE, LT, LTE, BETWEEN, EXISTS;

    /** The operators a behaviour count may use: comparisons of a number. */
    public static final Set<Operator> COUNTING = EnumSet.of(EQ, NEQ, GT, GTE, LT, LTE);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> fromCode(String code) {
        return Arrays.stream(values()).filter(op -> op.code().equals(code)).findFirst();
    }

    /** {@code eq, neq, in, ...}, for messages. */
    public static String codes(Collection<Operator> operators) {
        return operators.stream().sorted().map(Operator::code).collect(Collectors.joining(", "));
    }

    /** Operators that order values: they need numbers. */
    public boolean compares() {
        return this == GT || this == GTE || this == LT || this == LTE || this == BETWEEN;
    }

    /** Operators that look inside text: they need strings. */
    public boolean matchesText() {
        return this == CONTAINS || this == STARTS_WITH;
    }

    /** Operators that take a list of values. */
    public boolean takesList() {
        return this == IN || this == NOT_IN || this == BETWEEN;
    }
}
