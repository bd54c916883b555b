package io.pimento.web;

import io.pimento.security.Role;
import io.pimento.security.RoleHierarchy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is using the UI, for the header and for what pages offer: {@code {inject:currentUser.role}}. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    private final SecurityIdentity identity;

    @Inject
    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The user's own role (the highest they hold). */
    public String getRole() {
        return RoleHierarchy.highest(identity).map(Role::code).orElse("");
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR_CODE);
    }

    /** Reviewers (and admins) approve and reject products in review. */
    public boolean isReviewer() {
        return identity.hasRole(Role.REVIEWER_CODE);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_CODE);
    }
}
