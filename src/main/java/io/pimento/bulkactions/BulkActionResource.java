package io.pimento.bulkactions;

import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** Bulk actions on products: 202 with the job, which the client follows with GET. */
@Path("/api/v1/products/bulk-actions")
@RolesAllowed(Role.EDITOR_CODE)
@Produces(MediaType.APPLICATION_JSON)
public class BulkActionResource {

    private final BulkActionService bulkActions;

    BulkActionResource(BulkActionService bulkActions) {
        this.bulkActions = bulkActions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(BulkActionRequest request) {
        BulkActionView job = bulkActions.start(request == null ? new BulkActionRequest(null, null, null, null) : request);
        return Response.accepted(job).location(URI.create("/api/v1/products/bulk-actions/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    public BulkActionView get(@RestPath long id) {
        return bulkActions.get(id);
    }
}
