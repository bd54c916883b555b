package io.pimento.feeds.access;

import io.pimento.security.token.MarkedTokenIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Turns a valid channel token ({@code Authorization: Bearer pch_...}, read by the bearer mechanism
 * of {@code security.token}) into a {@link ChannelPrincipal}. Personal tokens are left to their provider.
 */
@ApplicationScoped
public class ChannelTokenIdentityProvider extends MarkedTokenIdentityProvider {

    private final ChannelTokenService tokens;

    ChannelTokenIdentityProvider(ChannelTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected String mark() {
        return ChannelTokenService.TOKEN_MARK;
    }

    @Override
    protected Optional<SecurityIdentity> identify(String token) {
        return tokens.authenticate(token).map(holder -> ChannelPrincipal.identity(holder.channel(), holder.tokenId()));
    }
}
