package io.pimento.security.token;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <token>}. Requests without a bearer token are left to the
 * other mechanisms (HTTP Basic), so both work side by side.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() + 1
                || !header.regionMatches(true, 0, BEARER + " ", 0, BEARER.length() + 1)) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(BEARER.length() + 1).trim();
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenAuthenticationRequest(token), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Pimento\""));
    }

    /**
     * Where Quarkus itself challenges (paths outside the REST layer: a protected {@code /q/metrics}),
     * offer both ways in, as the API's 401s do. Quarkus' Basic mechanism stays silent because the
     * UI's form login is on, so Basic is named here, first, so that a browser asks for a login.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        context.response().setStatusCode(401);
        context.response().headers()
                .add("WWW-Authenticate", "Basic realm=\"Pimento\"")
                .add("WWW-Authenticate", "Bearer realm=\"Pimento\"");
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, BEARER));
    }
}
