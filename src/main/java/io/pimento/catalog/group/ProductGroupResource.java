package io.pimento.catalog.group;

import io.pimento.common.IfMatch;
import io.pimento.catalog.support.StructureResponses;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductGroupResource {

    private final ProductGroupService service;

    ProductGroupResource(ProductGroupService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<ProductGroupPayload> list(@RestQuery Integer limit, @RestQuery String after) {
        return service.list(limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return StructureResponses.ok(service.get(code));
    }

    @POST
    @RolesAllowed(Role.ADMIN_CODE)
    public Response create(ProductGroupPayload body, @Context UriInfo uri) {
        ProductGroupPayload created = service.create(body);
        return StructureResponses.created(created, StructureResponses.locationOf(uri, created.code()));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response replace(@RestPath String code, ProductGroupPayload body, @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.replace(code, body, IfMatch.version(ifMatch)), uri);
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, StructureResponses.MERGE_PATCH})
    @RolesAllowed(Role.ADMIN_CODE)
    public Response patch(@RestPath String code, ProductGroupPayload body, @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.patch(code, body, IfMatch.version(ifMatch)), uri);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response delete(@RestPath String code, @RestHeader("If-Match") String ifMatch) {
        service.delete(code, IfMatch.version(ifMatch));
        return StructureResponses.noContent();
    }
}
