package io.pimento.feeds.merchant;

import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.access.FeedAccess;
import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** schema.org JSON-LD of one product or product model of a channel's feed, for a product page's markup. */
@Path("/api/v1/feeds/{channel}/products/{identifier}.jsonld")
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class JsonLdResource {

    static final String JSON_LD = "application/ld+json";

    private final JsonLdService jsonLd;
    private final FeedAccess access;
    private final SecurityIdentity identity;

    JsonLdResource(JsonLdService jsonLd, FeedAccess access, SecurityIdentity identity) {
        this.jsonLd = jsonLd;
        this.access = access;
        this.identity = identity;
    }

    @GET
    // JSON-LD is JSON: a client asking for application/json gets the same document
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    public JsonLd get(@RestPath String channel, @RestPath String identifier, @RestQuery String locale,
                      @Context UriInfo uri) {
        access.admit(identity, channel);
        return jsonLd.of(channel, identifier, locale, uri.getBaseUri().toString());
    }
}
