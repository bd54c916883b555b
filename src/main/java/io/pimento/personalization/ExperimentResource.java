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

    /**
     * {@code {"holdout": 0.1}}: 10 % of visitors get targeting only on this placement;
     * {@code "variant": {"share": 0.45, "ranking": "neighbourhood"}} also gives the next 45 % a
     * second ranking, to test it against the learned one (the holdout then defaults to 0).
     */
    @PUT
    @Path("/{placement}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_CODE)
    public Response put(@RestPath String placement, JsonNode body) {
        JsonNode variant = body == null ? null : body.path("variant");
        boolean hasVariant = variant != null && !variant.isMissingNode() && !variant.isNull();
        if (body == null || !body.path("holdout").isNumber() && !(hasVariant && body.path("holdout").isMissingNode())) {
            throw BadRequestException.of("holdout", "the body is {\"holdout\": 0.1}: the share of visitors held out of personalization");
        }
        if (hasVariant && (!variant.path("share").isNumber() || !variant.path("ranking").isTextual())) {
            throw BadRequestException.of("variant", "variant is {\"share\": 0.45, \"ranking\": \"neighbourhood\"}: the share of visitors "
                    + "who get a second ranking, and which");
        }
        boolean created = experiments.put(placement, body.path("holdout").asDouble(0),
                hasVariant ? new ExperimentService.Variant(variant.get("share").doubleValue(), variant.get("ranking").textValue()) : null);
        return Response.status(created ? 201 : 200).entity(experiments.get(placement)).build();
    }

    @DELETE
    @Path("/{placement}")
    @RolesAllowed(Role.ADMIN_CODE)
    public void delete(@RestPath String placement) {
        experiments.delete(placement);
    }
}
