package io.pimento.personalization;

import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/ranking}: what the personalized ranker was trained on and when; retraining on demand. */
@Path("/api/v1/ranking")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    private final RankingService ranking;

    RankingResource(RankingService ranking) {
        this.ranking = ranking;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public RankingStatus status() {
        return ranking.status();
    }

    /** Retrains now from the stored events and answers when the new model serves (on this instance; the others follow within a minute). */
    @POST
    @Path("/train")
    @RolesAllowed(Role.ADMIN_CODE)
    public RankingStatus train() {
        return ranking.train();
    }
}
