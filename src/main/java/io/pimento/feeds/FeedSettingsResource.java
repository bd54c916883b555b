package io.pimento.feeds;

import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    public FeedSettings get(@RestPath String code) {
        return feeds.settings(code);
    }

    @PUT
    @RolesAllowed(Role.ADMIN_CODE)
    public FeedSettings put(@RestPath String code, FeedSettings settings) {
        return feeds.changeSettings(code, settings);
    }
}
