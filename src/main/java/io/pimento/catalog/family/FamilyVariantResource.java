package io.pimento.catalog.family;

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

/** The variants of a family, as Akeneo nests them. */
@Path("/api/v1/families/{family}/variants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamilyVariantResource {

    private final FamilyVariantService service;

    FamilyVariantResource(FamilyVariantService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<FamilyVariantPayload> list(@RestPath String family, @RestQuery Integer limit, @RestQuery String after) {
        return service.list(family, limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String family, @RestPath String code) {
        return StructureResponses.ok(service.get(family, code));
    }

    @POST
    @RolesAllowed(Role.ADMIN_CODE)
    public Response create(@RestPath String family, FamilyVariantPayload body, @Context UriInfo uri) {
        FamilyVariantPayload created = service.create(FamilyVariantService.inFamily(family, body));
        return StructureResponses.created(created, StructureResponses.locationOf(uri, created.code()));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response replace(@RestPath String family, @RestPath String code, FamilyVariantPayload body,
                            @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.replace(code, FamilyVariantService.inFamily(family, body), IfMatch.version(ifMatch)), uri);
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, StructureResponses.MERGE_PATCH})
    @RolesAllowed(Role.ADMIN_CODE)
    public Response patch(@RestPath String family, @RestPath String code, FamilyVariantPayload body,
                          @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.patch(code, FamilyVariantService.inFamily(family, body), IfMatch.version(ifMatch)), uri);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response delete(@RestPath String family, @RestPath String code, @RestHeader("If-Match") String ifMatch) {
        service.get(family, code);
        service.delete(code, IfMatch.version(ifMatch));
        return StructureResponses.noContent();
    }
}
