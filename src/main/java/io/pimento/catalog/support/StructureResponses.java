package io.pimento.catalog.support;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** How structure resources answer: the version as a strong ETag, 201 with a Location for creations. */
public final class StructureResponses {

    /** PATCH bodies may also be sent as JSON merge patches (RFC 7396), which is what they are. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private StructureResponses() {
    }

    public static Response ok(StructurePayload body) {
        return Response.ok(body).tag(etag(body)).build();
    }

    public static Response created(StructurePayload body, URI location) {
        return Response.created(location).entity(body).tag(etag(body)).build();
    }

    /** 201 with a Location under the collection when created, 200 otherwise. */
    public static Response saved(Saved<? extends StructurePayload> saved, UriInfo uri) {
        if (saved.created()) {
            return created(saved.value(), uri.getAbsolutePath());
        }
        return ok(saved.value());
    }

    public static URI locationOf(UriInfo uri, String code) {
        return uri.getAbsolutePathBuilder().path(code).build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }

    private static EntityTag etag(StructurePayload body) {
        return new EntityTag(String.valueOf(body.version()));
    }
}
