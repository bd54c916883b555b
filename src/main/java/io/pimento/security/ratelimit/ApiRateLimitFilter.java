package io.pimento.security.ratelimit;

import io.pimento.security.Role;
import io.pimento.security.SecurityConfig;
import io.pimento.security.token.TokenGrant;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Requests per user and per personal API token on the API ({@code /api/...}), counted in
 * PostgreSQL buckets shared by every instance: one client (a runaway sync script, a viewer
 * hammering search) cannot take the service from everybody else. Over the limit: 429 with
 * {@code Retry-After}. A token has a bucket of its own, apart from its owner's password use.
 * Channel tokens have their own limits (docs/feeds.md); the web UI is not counted here.
 */
public class ApiRateLimitFilter {

    /** Pimento's API and Akeneo's; not {@code /api/oauth/...}, whose HTTP Basic names an API connection, not a user. */
    private static final List<String> LIMITED = List.of("/api/v1/", "/api/rest/");

    private final RateLimiter rateLimiter;
    private final RateLimit limit;
    /** The request's identity (a request-scoped proxy): reading it authenticates the request, proactive authentication being off. */
    private final SecurityIdentity identity;

    ApiRateLimitFilter(RateLimiter rateLimiter, SecurityConfig config, SecurityIdentity identity) {
        this.rateLimiter = rateLimiter;
        this.identity = identity;
        SecurityConfig.ApiRateLimit settings = config.apiRateLimit();
        this.limit = settings.requests() <= 0 ? null : RateLimit.of(settings.requests(), settings.period(), settings.burst());
    }

    /** After authentication and on the request's worker thread (the bucket is a database row). */
    @ServerRequestFilter
    public void limit(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (limit == null || LIMITED.stream().noneMatch(path::startsWith) || identity.isAnonymous() || !isUser(identity)) {
            return;
        }
        String key = TokenGrant.of(identity)
                .map(grant -> "api-token:" + grant.tokenId())
                .orElseGet(() -> "api-user:" + identity.getPrincipal().getName());
        rateLimiter.acquire(key, limit);
    }

    /** A user of the catalog, by password or personal token; not a channel token. */
    private static boolean isUser(SecurityIdentity identity) {
        return Role.codes().stream().anyMatch(identity::hasRole);
    }
}
