package io.pimento.personalization;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.BadRequestException;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** {@code /api/v1/experiments}: holdouts per placement (admin) and their reports (viewer). */
@Path("/api/v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    private final ExperimentService experiments;

    ExperimentResource(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public List<ExperimentService.Experiment> list() {
        return experiments.list();
    }

    @GET
    @Path("/{placement}")
    @RolesAllowed(Role.VIEWER_CODE)
    public ExperimentService.Report report(@RestPath String placement) {
        return experiments.report(placement);
    }

    /** {@code {"holdout": 0.1}}: 10 % of visitors get targeting only on this placement. */
    @PUT
    @Path("/{placement}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response put(@RestPath String placement, JsonNode body) {
        if (body == null || !body.path("holdout").isNumber()) {
            throw BadRequestException.of("holdout", "the body is {\"holdout\": 0.1}: the share of visitors held out of personalization");
        }
        boolean created = experiments.put(placement, body.get("holdout").doubleValue());
        return Response.status(created ? 201 : 200).entity(experiments.get(placement)).build();
    }

    @DELETE
    @Path("/{placement}")
    @RolesAllowed(Role.ADMIN_CODE)
    public void delete(@RestPath String placement) {
        experiments.delete(placement);
    }
}
