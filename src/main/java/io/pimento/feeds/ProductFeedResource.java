package io.pimento.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.Digests;
import io.pimento.common.InstantParameter;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.access.FeedAccess;
import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.UncheckedIOException;

/**
 * A channel's products, resolved for it ({@link FeedService}). Read with the channel's own token
 * or as a user (viewer and up, to preview a feed). Every answer carries an ETag of its content; a
 * client repeating it in {@code If-None-Match} gets {@code 304} while nothing changed.
 */
@Path("/api/v1/feeds/{channel}/products")
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class ProductFeedResource {

    private final FeedService feeds;
    private final FeedAccess access;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    ProductFeedResource(FeedService feeds, FeedAccess access, SecurityIdentity identity, ObjectMapper json) {
        this.feeds = feeds;
        this.access = access;
        this.identity = identity;
        this.json = json;
    }

    @GET
    public Response products(@RestPath String channel, @RestQuery String locale, @RestQuery Integer limit,
                             @RestQuery String after, @RestQuery("updated_since") String updatedSince,
                             @RestQuery("updatedSince") String updatedSinceCamel,
                             @Context UriInfo uri, @Context Request request) {
        access.admit(identity, channel);
        // updatedSince is the name channels were promised (issue #7); updated_since matches /api/v1/products
        String parameter = updatedSinceCamel != null ? "updatedSince" : "updated_since";
        String since = updatedSinceCamel != null ? updatedSinceCamel : updatedSince;
        return withETag(feeds.products(channel, locale, limit, after, InstantParameter.parse(parameter, since),
                uri.getBaseUri().toString()), request);
    }

    @GET
    @Path("{identifier}")
    public Response product(@RestPath String channel, @RestPath String identifier, @RestQuery String locale,
                            @Context UriInfo uri, @Context Request request) {
        access.admit(identity, channel);
        return withETag(feeds.product(channel, identifier, locale, uri.getBaseUri().toString()), request);
    }

    /** The body is written here, once, so its hash can be its ETag. */
    private Response withETag(Object body, Request request) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        EntityTag tag = new EntityTag(Digests.sha256Hex(bytes).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }
}
