package io.pimento.feeds.access;

import io.pimento.feeds.FeedsConfig;
import io.pimento.security.ratelimit.RateLimit;
import io.pimento.security.ratelimit.RateLimiter;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Who may read which feed: a channel token its own channel's, within its rate limit; a user
 * (viewer and up) any channel's, to preview it, without limit.
 */
@ApplicationScoped
public class FeedAccess {

    private final RateLimiter rateLimiter;
    private final FeedsConfig.RateLimit config;
    private final RateLimit limit;

    FeedAccess(RateLimiter rateLimiter, FeedsConfig config) {
        this.rateLimiter = rateLimiter;
        this.config = config.rateLimit();
        this.limit = RateLimit.of(this.config.requests(), this.config.period(), this.config.burst());
    }

    public void admit(SecurityIdentity identity, String channelCode) {
        Optional<String> own = ChannelPrincipal.channelOf(identity);
        if (own.isEmpty()) {
            return;
        }
        if (!own.get().equalsIgnoreCase(channelCode)) {
            throw new ChannelForbiddenException("this token reads the feeds of channel '%s' only".formatted(own.get()));
        }
        charge(identity);
    }

    /** Spends one request of a channel token's rate limit (nothing for users). */
    public void charge(SecurityIdentity identity) {
        if (config.enabled() && ChannelPrincipal.channelOf(identity).isPresent()) {
            rateLimiter.acquire("channel-token:" + ChannelPrincipal.tokenIdOf(identity), limit);
        }
    }
}
