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

    /**
     * The identity of a user on whose behalf a background job runs (an import, a bulk action):
     * their role and every role below it, as {@link RoleHierarchy} gives a request, so services
     * check the same rights and history names the same user.
     */
    public static SecurityIdentity actingAs(String username) {
        java.util.Optional<Role> role = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> User.findByUsername(username)).flatMap(u -> Role.fromCode(u.role));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username));
        role.ifPresent(r -> r.included().forEach(lower -> builder.addRole(lower.code())));
        return builder.build();
    }

    /** A refusal that says nothing about why: wrong password, unknown user, disabled user, bad token look the same. */
    public static AuthenticationFailedException refused() {
        return new AuthenticationFailedException();
    }
}
