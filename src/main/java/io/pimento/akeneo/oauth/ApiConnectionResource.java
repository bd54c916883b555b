package io.pimento.akeneo.oauth;

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
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;

/** Akeneo API connections, managed by admins in Pimento's own API; see docs/akeneo-api.md. */
@Path("/api/v1/api-connections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_CODE)
public class ApiConnectionResource {

    private final ApiConnectionService connections;
    private final SecurityIdentity identity;

    ApiConnectionResource(ApiConnectionService connections, SecurityIdentity identity) {
        this.connections = connections;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewApiConnection request) {
        CreatedApiConnection created = connections.create(request, identity.getPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/v1/api-connections/{code}").build(created.code())).entity(created).build();
    }

    @GET
    public Page<ApiConnectionView> list() {
        return Page.of(connections.list(), null);
    }

    @GET
    @Path("{code}")
    public ApiConnectionView get(@RestPath String code) {
        return connections.get(code);
    }

    @DELETE
    @Path("{code}")
    public Response delete(@RestPath String code) {
        connections.delete(code);
        return Response.noContent().build();
    }
}
