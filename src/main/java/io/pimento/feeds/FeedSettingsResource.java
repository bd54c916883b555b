package io.pimento.feeds;

import io.pimento.common.IfMatch;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Which products a channel's feed holds: every enabled one of its tree, or only the complete ones. */
@Path("/api/v1/channels/{code}/feed-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedSettingsResource {

    private final FeedService feeds;

    FeedSettingsResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return withVersion(feeds.settings(code));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_CODE)
    public Response put(@RestPath String code, @RestHeader("If-Match") String ifMatch, FeedSettings settings) {
        return withVersion(feeds.changeSettings(code, settings, IfMatch.version(ifMatch)));
    }

    private static Response withVersion(FeedSettings settings) {
        return Response.ok(settings).tag(String.valueOf(settings.version())).build();
    }
}
