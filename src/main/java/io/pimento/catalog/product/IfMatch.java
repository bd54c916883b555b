package io.pimento.catalog.product;

import io.pimento.common.BadRequestException;
import io.pimento.common.ConflictException;
import io.pimento.common.PreconditionFailedException;

/**
 * Optimistic locking checks shared by product and product model writes: an {@code If-Match}
 * header naming another version is a 412, a stale {@code version} in the body a 409.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}); null for none or {@code *}. */
    public static Integer parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw BadRequestException.of("If-Match", "If-Match must name a version, like \"3\"; got " + header);
        }
    }

    /**
     * @param kind     "product" or "product model", for the messages
     * @param current  the stored version, null when the resource does not exist yet
     * @param ifMatch  the version the If-Match header names, or null
     * @param inBody   the version given in the body, or null
     */
    public static void check(String kind, String code, Integer current, Integer ifMatch, Integer inBody) {
        if (ifMatch != null && !ifMatch.equals(current)) {
            throw new PreconditionFailedException(current == null
                    ? "%s '%s' does not exist, so it cannot be at version %d".formatted(kind, code, ifMatch)
                    : "%s '%s' is at version %d, not %d: reload it and apply your change again".formatted(kind, code, current, ifMatch));
        }
        if (inBody != null && current != null && !inBody.equals(current)) {
            throw new ConflictException("%s '%s' is at version %d, not %d: reload it and apply your change again"
                    .formatted(kind, code, current, inBody));
        }
    }
}
