package io.pimento.catalog.measurement;

import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Read-only: the families are part of the code, not of the catalog. */
@Path("/api/v1/measurement-families")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementFamilyResource {

    /** All families in one page (there are a dozen or so), by code. */
    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<MeasurementFamilyPayload> list() {
        return Page.of(MeasurementFamilies.all().stream().map(MeasurementFamilyPayload::of).toList(), null);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public MeasurementFamilyPayload get(@RestPath String code) {
        return MeasurementFamilies.family(code).map(MeasurementFamilyPayload::of)
                .orElseThrow(() -> NotFoundException.of("Measurement family", code));
    }
}
