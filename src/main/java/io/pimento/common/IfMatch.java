package io.pimento.common;

import java.util.List;

/**
 * Optimistic locking, the same for every resource: the {@code If-Match} header read one way, a
 * stale or impossible one a 412, a stale {@code version} in the body a 409 on that field, and a
 * header that names no version of ours a 400 (a client bug, said as such rather than as a race).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The version an {@code If-Match} header expects ({@code "3"}, {@code W/"3"} or {@code 3});
     * null when there is no header or it accepts any version ({@code *}).
     */
    public static Integer version(String header) {
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
            throw BadRequestException.of("If-Match", "'%s' is not a version this API gave out (expected an ETag such as \"3\")"
                    .formatted(Texts.abbreviate(header)));
        }
    }

    /**
     * @param kind        what is written ("product", "attribute"), for the messages
     * @param current     the stored version, null when it does not exist yet
     * @param ifMatch     the version the If-Match header expects, or null
     * @param bodyVersion the version given in the body, or null
     */
    public static void check(String kind, String code, Integer current, Integer ifMatch, Integer bodyVersion) {
        if (ifMatch != null && current == null) {
            throw new PreconditionFailedException("%s '%s' does not exist, so it has no version %d".formatted(kind, code, ifMatch));
        }
        if (ifMatch != null && !ifMatch.equals(current)) {
            throw new PreconditionFailedException("%s '%s' is at version %d, not %d (If-Match); reload it and apply your change again"
                    .formatted(kind, code, current, ifMatch));
        }
        if (bodyVersion != null && current != null && !bodyVersion.equals(current)) {
            String message = "%s '%s' is at version %d, not %d; reload it and apply your change again".formatted(kind, code, current, bodyVersion);
            throw new ConflictException(message, List.of(new FieldError("version", message)));
        }
    }
}
