package io.pimento.catalog.attribute;

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

@Path("/api/v1/attributes/{attribute}/options")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributeOptionResource {

    private final AttributeOptionService service;

    AttributeOptionResource(AttributeOptionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<AttributeOptionPayload> list(@RestPath String attribute, @RestQuery Integer limit, @RestQuery String after) {
        return service.list(attribute, limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String attribute, @RestPath String code) {
        return StructureResponses.ok(service.get(attribute, code));
    }

    @POST
    @RolesAllowed(Role.ADMIN_CODE)
    public Response create(@RestPath String attribute, AttributeOptionPayload body, @Context UriInfo uri) {
        AttributeOptionPayload created = service.create(attribute, body);
        return StructureResponses.created(created, StructureResponses.locationOf(uri, created.code()));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response replace(@RestPath String attribute, @RestPath String code, AttributeOptionPayload body,
                            @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.replace(attribute, code, body, IfMatch.version(ifMatch)), uri);
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, StructureResponses.MERGE_PATCH})
    @RolesAllowed(Role.ADMIN_CODE)
    public Response patch(@RestPath String attribute, @RestPath String code, AttributeOptionPayload body,
                          @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.patch(attribute, code, body, IfMatch.version(ifMatch)), uri);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response delete(@RestPath String attribute, @RestPath String code, @RestHeader("If-Match") String ifMatch) {
        service.delete(attribute, code, IfMatch.version(ifMatch));
        return StructureResponses.noContent();
    }
}
