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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.OutputStream;
import java.util.function.BiFunction;

/**
 * A channel's Google Merchant Center feed (RSS 2.0 with the {@code g:} namespace, or TSV), written
 * page by page as it is read, and the report of the products it leaves out. Read like the product
 * feed: with the channel's own token, or as a user (viewer and up).
 */
@Path("/api/v1/feeds/{channel}")
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class GoogleFeedResource {

    static final String TSV = "text/tab-separated-values";

    private final GoogleFeedService google;
    private final FeedAccess access;
    private final SecurityIdentity identity;

    GoogleFeedResource(GoogleFeedService google, FeedAccess access, SecurityIdentity identity) {
        this.google = google;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Path("google.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response xml(@RestPath String channel, @RestQuery String locale, @Context UriInfo uri) {
        return stream(channel, locale, uri, MediaType.APPLICATION_XML + ";charset=UTF-8",
                (out, code) -> GoogleFeedFormat.xml(out, "Pimento products of channel " + code, uri.getBaseUri().toString()));
    }

    @GET
    @Path("google.tsv")
    @Produces(TSV)
    public Response tsv(@RestPath String channel, @RestQuery String locale, @Context UriInfo uri) {
        return stream(channel, locale, uri, TSV + ";charset=UTF-8", (out, code) -> GoogleFeedFormat.tsv(out));
    }

    @GET
    @Path("google-report")
    @Produces(MediaType.APPLICATION_JSON)
    public GoogleReport report(@RestPath String channel, @RestQuery String locale, @Context UriInfo uri) {
        access.admit(identity, channel);
        return google.report(channel, locale, uri.getBaseUri().toString());
    }

    private Response stream(String channel, String locale, UriInfo uri, String type,
                            BiFunction<OutputStream, String, GoogleFeedFormat> format) {
        access.admit(identity, channel);
        GoogleFeedService.Walk walk = google.open(channel, locale, uri.getBaseUri().toString());
        StreamingOutput body = out -> {
            GoogleFeedFormat writer = format.apply(out, walk.channel());
            // only complete products are sent; google-report lists the others
            walk.forEach(item -> {
                if (item.complete()) {
                    writer.item(item);
                }
            });
            writer.end();
        };
        return Response.ok(body, type).build();
    }
}
