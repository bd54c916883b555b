package io.pimento.security.token;

import io.pimento.common.Digests;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How Pimento's bearer tokens are made, stored and recognised, whoever they belong to (a user's
 * {@code pim_} token, a channel's {@code pch_} token): a mark telling the kind (and letting secret
 * scanners spot a leaked one), 32 random bytes, and only their SHA-256 kept in the database.
 */
public final class TokenSecrets {

    /** Characters kept after the mark, so lists can tell tokens apart without showing them. */
    static final int PREFIX_RANDOM_CHARS = 8;
    private static final int MAX_TOKEN_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    /** A new token: the mark, then 43 base64url characters. */
    public static String generate(String mark) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return mark + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when a presented token is of the kind this mark names (and not absurdly long): worth a lookup. */
    public static boolean carries(String token, String mark) {
        return token != null && token.startsWith(mark) && token.length() <= MAX_TOKEN_LENGTH;
    }

    /** What lists show: the mark and the first random characters. */
    public static String prefix(String token, String mark) {
        return token.substring(0, mark.length() + PREFIX_RANDOM_CHARS);
    }

    /** Lowercase hex SHA-256 of the whole token: the only form stored and looked up. */
    public static String hash(String token) {
        return Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
