package io.pimento.targeting.rules;

import io.pimento.targeting.MerchandiserResource;
import jakarta.ws.rs.Path;

/** Merchandising rules: merchandisers (editor and up) write them, anyone signed in reads them. */
@Path("/api/v1/rules")
public class RuleResource extends MerchandiserResource<RulePayload> {

    RuleResource(RuleService service) {
        super(service);
    }
}
