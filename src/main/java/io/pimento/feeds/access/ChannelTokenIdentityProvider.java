package io.pimento.feeds.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pimento.security.token.MarkedTokenIdentityProvider;
import io.pimento.security.token.TokenSecrets;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;

import java.util.Optional;

/**
 * Turns a valid channel token ({@code Authorization: Bearer pch_...}, read by the bearer mechanism
 * of {@code security.token}) into a {@link ChannelPrincipal}. Personal tokens are left to their provider.
 */
@ApplicationScoped
public class ChannelTokenIdentityProvider extends MarkedTokenIdentityProvider {

    /**
     * Tokens found valid in the last second, by hash: a channel sends many requests a second, and
     * each would otherwise open a transaction to look its token up. A revoked token stops at once
     * on the instance that revoked it, and within the second on the others.
     */
    private final Cache<String, ChannelTokenService.Holder> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000).build();
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
        String hash = TokenSecrets.hash(token);
        ChannelTokenService.Holder holder = recent.getIfPresent(hash);
        if (holder == null) {
            holder = tokens.authenticate(token).orElse(null);
            if (holder == null) {
                return Optional.empty();
            }
            recent.put(hash, holder);
        }
        return Optional.of(ChannelPrincipal.identity(holder.channel(), holder.tokenId()));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelTokenService.Revoked revoked) {
        recent.invalidate(revoked.tokenHash());
    }
}
