package io.pimento.feeds.merchant;

import io.pimento.common.IfMatch;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Which catalog attribute feeds which field of a channel's Google Merchant Center feed. */
@Path("/api/v1/channels/{code}/google-mapping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoogleMappingResource {

    private final GoogleMappingService mappings;

    GoogleMappingResource(GoogleMappingService mappings) {
        this.mappings = mappings;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return withVersion(mappings.mapping(code));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_CODE)
    public Response put(@RestPath String code, @RestHeader("If-Match") String ifMatch, GoogleMapping mapping) {
        return withVersion(mappings.change(code, mapping, IfMatch.version(ifMatch)));
    }

    private static Response withVersion(GoogleMapping mapping) {
        return Response.ok(mapping).tag(String.valueOf(mapping.version())).build();
    }
}
