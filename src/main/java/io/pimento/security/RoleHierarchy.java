package io.pimento.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Gives each user the roles below theirs, so endpoints name the least role they need:
 * {@code @RolesAllowed("viewer")} for reads, {@code "editor"} for content writes,
 * {@code "reviewer"} for approvals, {@code "admin"} for structure and users.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.code())) {
                role.included().forEach(lower -> builder.addRole(lower.code()));
            }
        }
        return Uni.createFrom().item(builder.build());
    }

    /** The highest role the identity holds, if any. */
    public static Optional<Role> highest(SecurityIdentity identity) {
        Role highest = null;
        for (Role role : Role.values()) {
            if (identity.hasRole(role.code())) {
                highest = role;
            }
        }
        return Optional.ofNullable(highest);
    }
}
