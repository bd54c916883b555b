package io.pimento.akeneo.oauth;

import io.pimento.security.SecurityIdentities;
import io.pimento.security.token.MarkedTokenIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Turns a valid Akeneo access token ({@code pka_...}) into its user's identity, with the user's current role. */
@ApplicationScoped
public class AkeneoTokenIdentityProvider extends MarkedTokenIdentityProvider {

    private final ApiConnectionService connections;

    AkeneoTokenIdentityProvider(ApiConnectionService connections) {
        this.connections = connections;
    }

    @Override
    protected String mark() {
        return ApiConnectionService.ACCESS_MARK;
    }

    @Override
    protected Optional<SecurityIdentity> identify(String token) {
        return connections.authenticate(token).map(holder -> SecurityIdentities.of(holder.username(), holder.role()));
    }
}
