package io.pimento.feeds.access;

import io.pimento.security.SecurityIdentities;
import io.pimento.security.token.ApiTokenAuthenticationRequest;
import io.pimento.security.token.TokenSecrets;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a valid channel token ({@code Authorization: Bearer pch_...}, read by the bearer mechanism
 * of {@code security.token}) into a {@link ChannelPrincipal}. Personal tokens are left to their provider.
 */
@ApplicationScoped
public class ChannelTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    private final ChannelTokenService tokens;

    ChannelTokenIdentityProvider(ChannelTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!TokenSecrets.carries(request.token(), ChannelTokenService.TOKEN_MARK)) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> tokens.authenticate(request.token())
                .map(holder -> ChannelPrincipal.identity(holder.channel(), holder.tokenId()))
                .orElseThrow(SecurityIdentities::refused));
    }
}
