package io.pimento.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may read {@code /q/*} (metrics, OpenAPI, Swagger UI) other than {@code /q/health*}, which
 * stays open for load balancers: with {@code pimento.security.protect-management} (the default,
 * off in dev and tests) an authenticated admin only; an anonymous caller is challenged (401),
 * anyone else refused (403). Bound to the paths in {@code application.properties}.
 */
@ApplicationScoped
public class ManagementPolicy implements HttpSecurityPolicy {

    public static final String NAME = "pimento-management";

    private final boolean protect;

    ManagementPolicy(SecurityConfig config) {
        this.protect = config.protectManagement();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (!protect) {
            return CheckResult.permit();
        }
        return identity.map(caller -> allows(caller) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    /** An admin (a token with a narrower scope is not one: its identity lacks the role). */
    static boolean allows(SecurityIdentity caller) {
        return !caller.isAnonymous() && caller.hasRole(Role.ADMIN_CODE);
    }
}
