package io.pimento.catalog.support;

import io.pimento.common.ConflictException;
import io.pimento.common.FieldError;
import io.pimento.common.PreconditionFailedException;

import java.util.List;

/** Optimistic locking: an {@code If-Match} header that is stale is a 412, a stale {@code version} in the body a 409. */
public final class Versions {

    private Versions() {
    }

    /**
     * Reads an {@code If-Match} header ({@code "3"}, {@code W/"3"}, {@code 3} or {@code *}) into the
     * version it expects; null when there is no header or it accepts any version.
     */
    public static Integer parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "").strip();
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            // No version of ours looks like this, so it cannot match the current one.
            return -1;
        }
    }

    public static void check(String kind, String code, int current, Integer ifMatch, Integer bodyVersion) {
        if (ifMatch != null && ifMatch != current) {
            throw new PreconditionFailedException("%s '%s' is at version %d, not %d (If-Match); reload it and apply your change again"
                    .formatted(kind, code, current, ifMatch));
        }
        if (bodyVersion != null && bodyVersion != current) {
            String message = "%s '%s' is at version %d, not %d; reload it and apply your change again".formatted(kind, code, current, bodyVersion);
            throw new ConflictException(message, List.of(new FieldError("version", message)));
        }
    }

    /** Expecting a version of something that does not exist can only fail. */
    public static void checkAbsent(String kind, String code, Integer ifMatch) {
        if (ifMatch != null) {
            throw new PreconditionFailedException("%s '%s' does not exist, so it has no version %d".formatted(kind, code, ifMatch));
        }
    }
}
