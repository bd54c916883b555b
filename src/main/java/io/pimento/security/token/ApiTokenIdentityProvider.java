package io.pimento.security.token;

import io.pimento.security.SecurityIdentities;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a valid personal API token into its owner's identity, with the owner's current role. A
 * bearer token of another kind (a channel's {@code pch_} token) is left to the provider that knows it.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    private final ApiTokenService tokens;

    ApiTokenIdentityProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!TokenSecrets.carries(request.token(), ApiTokenService.TOKEN_MARK)) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> tokens.authenticate(request.token())
                .map(owner -> SecurityIdentities.of(owner.username(), owner.role()))
                .orElseThrow(SecurityIdentities::refused));
    }
}
