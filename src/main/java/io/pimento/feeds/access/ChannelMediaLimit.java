package io.pimento.feeds.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A channel token reading the media files its feed links to spends from the same rate limit as
 * its feed reads: the media package knows nothing of channels, so the limit is applied here.
 */
public class ChannelMediaLimit {

    private final FeedAccess access;
    /** The request's identity (a request-scoped proxy): reading it authenticates the request. */
    private final SecurityIdentity identity;

    ChannelMediaLimit(FeedAccess access, SecurityIdentity identity) {
        this.access = access;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void limit(RoutingContext routing) {
        if (routing.normalizedPath().startsWith(ChannelTokenScope.MEDIA)
                && ChannelTokenScope.isChannelToken(routing.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            access.charge(identity);
        }
    }
}
