package io.pimento.targeting.content;

import io.pimento.targeting.MerchandiserResource;
import jakarta.ws.rs.Path;

/** Content items: merchandisers (editor and up) write them, anyone signed in reads them. */
@Path("/api/v1/content-items")
public class ContentItemResource extends MerchandiserResource<ContentItemPayload> {

    ContentItemResource(ContentItemService service) {
        super(service);
    }
}
