package io.pimento.catalog.product;

import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** What the current caller may do beyond their endpoint's role (approving products). */
@ApplicationScoped
public class Callers {

    private final Instance<SecurityIdentity> identity;

    Callers(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** Reviewers and admins approve products; outside a request (background work) nobody does. */
    public boolean mayApprove() {
        try {
            return identity.isResolvable() && identity.get().hasRole(Role.REVIEWER_CODE);
        } catch (RuntimeException outsideRequest) {
            return false;
        }
    }
}
