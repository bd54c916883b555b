package io.pimento.security.token;

import io.pimento.security.SecurityIdentities;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Turns a valid personal API token ({@code pim_...}) into its owner's identity, with the owner's current role. */
@ApplicationScoped
public class ApiTokenIdentityProvider extends MarkedTokenIdentityProvider {

    private final ApiTokenService tokens;

    ApiTokenIdentityProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected String mark() {
        return ApiTokenService.TOKEN_MARK;
    }

    @Override
    protected Optional<SecurityIdentity> identify(String token) {
        return tokens.authenticate(token).map(owner -> SecurityIdentities.of(owner.username(), owner.role()));
    }
}
