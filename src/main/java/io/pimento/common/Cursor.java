package io.pimento.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination cursors: the sort key of the last item of a page, base64url-encoded, so
 * listing a page costs the same wherever it is (keyset pagination, never deep offsets).
 */
public final class Cursor {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    private Cursor() {
    }

    public static String encode(String key) {
        return key == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a query parameter; a tampered cursor is a 400, not a 500. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.of("after", "invalid cursor '%s'".formatted(cursor));
        }
    }

    /** The id a cursor of an id-ordered list holds; {@code ifAbsent} without a cursor. A cursor that holds no id is a 400. */
    public static long id(String cursor, long ifAbsent) {
        String key = decode(cursor);
        if (key == null) {
            return ifAbsent;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw BadRequestException.of("after", "invalid cursor '%s'".formatted(cursor));
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw BadRequestException.of("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
