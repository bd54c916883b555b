package io.pimento.security.user;

import io.pimento.common.BadRequestException;

/** Reads the version out of an {@code If-Match} header ({@code "3"}, {@code W/"3"}); null or {@code *} means any version. */
final class IfMatch {

    private IfMatch() {
    }

    static Integer version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw BadRequestException.of("If-Match", "'%s' is not a version this API gave out (expected an ETag such as \"3\")".formatted(header));
        }
    }
}
