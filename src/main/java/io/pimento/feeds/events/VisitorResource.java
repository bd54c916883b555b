package io.pimento.feeds.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.BadRequestException;
import io.pimento.events.VisitorData;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.access.FeedAccess;
import io.pimento.personalization.RankingService;
import io.pimento.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Map;

/**
 * {@code /api/v1/visitors/{id}}: a visitor's data for the visitor (export, erasure) and the merge of
 * an anonymous visitor into the known one. One profile across channels, so any channel's token (or
 * an admin) may ask.
 */
@Path("/api/v1/visitors/{id}")
@RolesAllowed({Role.ADMIN_CODE, ChannelPrincipal.ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource {

    private final VisitorData visitors;
    private final RankingService ranking;
    private final FeedAccess access;
    private final SecurityIdentity identity;

    VisitorResource(VisitorData visitors, RankingService ranking, FeedAccess access, SecurityIdentity identity) {
        this.visitors = visitors;
        this.ranking = ranking;
        this.access = access;
        this.identity = identity;
    }

    @GET
    public VisitorData.Export export(@RestPath String id) {
        admit();
        return visitors.export(id);
    }

    /** Erases the visitor everywhere; the ranker is retrained without their events within a minute. */
    @DELETE
    public VisitorData.Erased erase(@RestPath String id) {
        admit();
        VisitorData.Erased erased = visitors.erase(id);
        ranking.retrainSoon();
        return erased;
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> merge(@RestPath String id, JsonNode body) {
        admit();
        if (body == null || !body.path("from").isTextual()) {
            throw BadRequestException.of("from", "the body is {\"from\": \"<anonymous visitor id>\"}");
        }
        String from = body.get("from").textValue();
        long events = visitors.merge(id, from);
        return Map.of("visitor", id, "merged", from, "events", events);
    }

    private void admit() {
        ChannelPrincipal.channelOf(identity).ifPresent(channel -> access.admit(identity, channel));
    }
}
