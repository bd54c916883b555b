package io.pimento.feeds.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.BadRequestException;
import io.pimento.events.EventService;
import io.pimento.feeds.FeedService;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.access.FeedAccess;
import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.InputStream;

/**
 * {@code /api/v1/events}: what visitors did, sent by a channel with its token (the channel is the
 * token's), or by an admin naming the channel ({@code ?channel=}). Per event: the valid events
 * are stored (202), the others reported by index; 422 when none was valid.
 */
@Path("/api/v1/events")
@RolesAllowed({Role.ADMIN_CODE, ChannelPrincipal.ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;
    private final FeedAccess access;
    private final FeedService feeds;
    private final SecurityIdentity identity;

    EventResource(EventService events, FeedAccess access, FeedService feeds, SecurityIdentity identity) {
        this.events = events;
        this.access = access;
        this.feeds = feeds;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@RestQuery String channel, JsonNode body) {
        EventService.BatchResult result = events.record(channel(channel), body);
        int status = result.accepted() == 0 && !result.refused().isEmpty() ? 422 : 202;
        return Response.status(status).entity(result).build();
    }

    /** NDJSON of the same events, any past timestamps: a shop's click log. */
    @POST
    @Path("/import")
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public EventService.ImportResult importEvents(@RestQuery String channel, InputStream ndjson) {
        return events.importEvents(channel(channel), ndjson);
    }

    /** The token's channel; an admin names one. */
    private String channel(String requested) {
        String channel = ChannelPrincipal.channelOf(identity).orElse(requested);
        if (channel == null || channel.isBlank()) {
            throw BadRequestException.of("channel", "name the channel the events come from: ?channel=<code> (a channel token needs none)");
        }
        access.admit(identity, channel);
        return feeds.target(channel, null).channel();
    }
}
