package io.pimento.catalog.family;

import io.pimento.catalog.support.StructureResponses;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Every family variant in one list, optionally of one family; writes go through {@link FamilyVariantResource}. */
@Path("/api/v1/family-variants")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyVariantListResource {

    private final FamilyVariantService service;

    FamilyVariantListResource(FamilyVariantService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<FamilyVariantPayload> list(@RestQuery Integer limit, @RestQuery String after, @RestQuery String family) {
        return service.list(family, limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return StructureResponses.ok(service.get(code));
    }
}
