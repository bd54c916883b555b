package io.pimento.catalog.category;

import io.pimento.common.IfMatch;
import io.pimento.catalog.support.StructureResponses;
import io.pimento.common.BadRequestException;
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

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final CategoryService service;

    CategoryResource(CategoryService service) {
        this.service = service;
    }

    /** All categories, or the children of {@code parent}, or the tree roots ({@code root=true}). */
    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<CategoryPayload> list(@RestQuery Integer limit, @RestQuery String after,
                                      @RestQuery String parent, @RestQuery Boolean root) {
        if (parent != null && Boolean.TRUE.equals(root)) {
            throw BadRequestException.of("root", "ask for the roots or for the children of a parent, not both");
        }
        if (parent != null) {
            return service.children(parent, limit, after);
        }
        if (Boolean.TRUE.equals(root)) {
            return service.roots(limit, after);
        }
        return service.list(limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return StructureResponses.ok(service.get(code));
    }

    @GET
    @Path("{code}/children")
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<CategoryPayload> children(@RestPath String code, @RestQuery Integer limit, @RestQuery String after) {
        return service.children(code, limit, after);
    }

    @GET
    @Path("{code}/tree")
    @RolesAllowed(Role.VIEWER_CODE)
    public CategoryTreeNode tree(@RestPath String code) {
        return service.tree(code);
    }

    @POST
    @RolesAllowed(Role.ADMIN_CODE)
    public Response create(CategoryPayload body, @Context UriInfo uri) {
        CategoryPayload created = service.create(body);
        return StructureResponses.created(created, StructureResponses.locationOf(uri, created.code()));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response replace(@RestPath String code, CategoryPayload body, @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
        return StructureResponses.saved(service.replace(code, body, IfMatch.version(ifMatch)), uri);
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, StructureResponses.MERGE_PATCH})
    @RolesAllowed(Role.ADMIN_CODE)
    public Response patch(@RestPath String code, CategoryPayload body, @RestHeader("If-Match") String ifMatch, @Context UriInfo uri) {
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
