package io.pimento.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the identity of an authenticated user; {@link RoleHierarchy} then adds the lower roles. */
public final class SecurityIdentities {

    private SecurityIdentities() {
    }

    public static SecurityIdentity of(String username, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role)
                .build();
    }

    /** A refusal that says nothing about why: wrong password, unknown user, disabled user, bad token look the same. */
    public static AuthenticationFailedException refused() {
        return new AuthenticationFailedException();
    }
}
