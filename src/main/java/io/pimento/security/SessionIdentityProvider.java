package io.pimento.security;

import io.pimento.security.session.UiSessions;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Restores the user of a web UI session. The form login's encrypted cookie only names the user, so
 * each request checks the session's row ({@link UiSessions}) and reads the user again: a session
 * logged out, or ended by a password change, is refused at its next request, and a user disabled
 * (or given another role) since logging in is refused (or sees the new role).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final UiSessions sessions;

    SessionIdentityProvider(UiSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            Optional<UiSessions.Account> account = routing == null ? Optional.empty() : sessions.resume(routing, request.getPrincipal());
            return account.map(found -> SecurityIdentities.of(found.username(), found.role()))
                    .orElseThrow(SecurityIdentities::refused);
        });
    }
}
