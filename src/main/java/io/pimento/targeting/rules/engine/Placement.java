package io.pimento.targeting.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a channel shows a list of products and content: the slots merchandising rules apply to. */
public enum Placement {
    HOME, CATEGORY, SEARCH, PRODUCT, CART, EMAIL;

    /** The code used in the API and in stored rules: {@code home}, {@code category}... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Placement> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Placement::code).toList();
    }
}
