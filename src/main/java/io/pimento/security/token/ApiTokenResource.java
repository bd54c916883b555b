package io.pimento.security.token;

import io.pimento.common.Page;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The caller's own API tokens. A user with only a token can still make tokens (no wider and living
 * no longer than it) and, with an {@code admin}-scoped one, revoke them (and so rotate them).
 */
@Path("/api/v1/me/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    private final ApiTokenService tokens;
    private final SecurityIdentity identity;

    ApiTokenResource(ApiTokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    public Response create(NewApiToken request) {
        CreatedApiToken created = tokens.create(username(), TokenGrant.of(identity), request);
        return Response.created(URI.create("/api/v1/me/tokens/" + created.id())).entity(created).build();
    }

    @GET
    public Page<ApiTokenView> list() {
        // A person has a handful of tokens: one page, always.
        return Page.of(tokens.list(username()), null);
    }

    @GET
    @Path("{id}")
    public ApiTokenView get(@PathParam("id") long id) {
        return tokens.get(username(), id);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(username(), TokenGrant.of(identity), id);
        return Response.noContent().build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
