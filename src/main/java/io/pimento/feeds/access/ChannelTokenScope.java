package io.pimento.feeds.access;

import java.util.List;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps channel tokens to the feeds. Catalog endpoints already refuse them (the {@code channel}
 * role is below {@code viewer}), but endpoints open to any authenticated caller ({@code /api/v1/me},
 * personal tokens) would not: so any request carrying a channel token outside the channel APIs
 * ({@link #CHANNEL_APIS}: feeds, events, visitors, media) is refused here, before authentication (a channel token is recognised by its mark, and whether it
 * is valid does not matter where it may not be used at all).
 */
public class ChannelTokenScope {

    public static final String FEEDS = "/api/v1/feeds/";
    /** The media files feeds link to (reading only: uploading takes an editor). */
    public static final String MEDIA = "/api/v1/media/";
    /** Where channel tokens may go. */
    public static final List<String> CHANNEL_APIS = List.of(FEEDS, "/api/v1/events", "/api/v1/visitors/", MEDIA);
    private static final String BEARER = "bearer ";

    @ServerRequestFilter
    public void keepToFeeds(RoutingContext routing) {
        String authorization = routing.request().getHeader(HttpHeaders.AUTHORIZATION);
        String path = routing.normalizedPath();
        if (isChannelToken(authorization) && CHANNEL_APIS.stream().noneMatch(path::startsWith)) {
            throw new ChannelForbiddenException("a channel token only reads its channel's feeds, under " + FEEDS
                    + " and the media files they link to, and sends its visitors' events");
        }
    }

    static boolean isChannelToken(String authorization) {
        return authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && authorization.substring(BEARER.length()).strip().startsWith(ChannelTokenService.TOKEN_MARK);
    }
}
