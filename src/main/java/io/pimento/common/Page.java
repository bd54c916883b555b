package io.pimento.common;

import java.util.List;

/** A page of a list: {@code next} is an opaque cursor for the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {

    public static <T> Page<T> of(List<T> items, String next) {
        return new Page<>(items, next);
    }
}
