package io.pimento.feeds.access;

import io.pimento.common.Page;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** Admins hand out, list and revoke the tokens a channel reads its feeds with. */
@Path("/api/v1/channels/{code}/tokens")
@RolesAllowed(Role.ADMIN_CODE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelTokenResource {

    private final ChannelTokenService tokens;
    private final SecurityIdentity identity;

    ChannelTokenResource(ChannelTokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    public Response create(@RestPath String code, NewChannelToken request) {
        CreatedChannelToken created = tokens.create(code, request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/channels/%s/tokens/%d".formatted(created.channel(), created.id())))
                .entity(created).build();
    }

    @GET
    public Page<ChannelTokenView> list(@RestPath String code) {
        // A channel has a handful of tokens: one page, always.
        return Page.of(tokens.list(code), null);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@RestPath String code, @RestPath long id) {
        tokens.revoke(code, id);
        return Response.noContent().build();
    }
}
