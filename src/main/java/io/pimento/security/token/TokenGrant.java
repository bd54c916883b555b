package io.pimento.security.token;

import io.quarkus.security.identity.SecurityIdentity;

import java.time.Instant;
import java.util.Optional;

/**
 * The personal API token a request authenticated with, kept as an attribute of its identity: the
 * tokens it creates are bound to it (scope, expiry, revocation).
 *
 * @param expiresAt null: never expires
 */
public record TokenGrant(long tokenId, TokenScope scope, Instant expiresAt) {

    static final String ATTRIBUTE = "pimento.api-token";

    /** The token the identity authenticated with; empty for a password or a UI session. */
    public static Optional<TokenGrant> of(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }
}
