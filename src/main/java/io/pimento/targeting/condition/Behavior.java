package io.pimento.targeting.condition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a visitor does that a {@link Condition.BehaviorCount} counts; the value says what it was about. */
public enum Behavior {
    /** value: a category code. */
    VIEWED_CATEGORY,
    /** value: a product identifier. */
    VIEWED_PRODUCT,
    /** value: the search terms. */
    SEARCHED,
    /** value: a product identifier. */
    ADDED_TO_CART,
    /** value: a product identifier. */
    PURCHASED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Behavior> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code().equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Behavior::code).collect(Collectors.joining(", "));
    }
}
