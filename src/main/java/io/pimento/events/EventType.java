package io.pimento.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a visitor did, as a channel reports it; the code is the event's {@code type}. */
public enum EventType {
    VIEW, CATEGORY_VIEW, SEARCH, ADD_TO_CART, REMOVE_FROM_CART, PURCHASE, IMPRESSION, CLICK, PREFERENCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(EventType::code).collect(Collectors.joining(", "));
    }

    /** Whether the event is about one product, named by {@code product}. */
    boolean needsProduct() {
        return this == VIEW || this == ADD_TO_CART || this == REMOVE_FROM_CART || this == CLICK;
    }

    /** Whether a session is required: everything but a preference, which is the visitor's. */
    boolean needsSession() {
        return this != PREFERENCE;
    }
}
