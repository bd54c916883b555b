package io.pimento.security.user;

import io.pimento.common.IfMatch;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** User administration, for admins only. */
@Path("/api/v1/users")
@RolesAllowed(Role.ADMIN_CODE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class UserResource {

    private final UserService users;

    UserResource(UserService users) {
        this.users = users;
    }

    @GET
    public Page<UserView> list(@QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        return users.list(limit, after);
    }

    @POST
    public Response create(NewUser request) {
        UserView created = users.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/users/{username}").build(created.username()))
                .tag(String.valueOf(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        return withEtag(users.get(username));
    }

    @PATCH
    @Path("{username}")
    public Response update(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           UserChanges changes) {
        return withEtag(users.update(username, IfMatch.version(ifMatch), changes));
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        users.delete(username, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private static Response withEtag(UserView user) {
        return Response.ok(user).tag(String.valueOf(user.version())).build();
    }
}
