package io.pimento.catalog.product;

import io.pimento.common.IfMatch;
import io.pimento.catalog.product.bulk.BulkLineResult;
import io.pimento.catalog.product.bulk.BulkRequests;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.common.InvalidDataException;
import io.pimento.common.Page;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.InputStream;

/** Product models in Akeneo's JSON shape; see docs/api.md, "Product models". */
@Path("/api/v1/product-models")
@Produces(MediaType.APPLICATION_JSON)
public class ProductModelResource {

    private final ProductModelService models;
    private final JsonPayloads payloads;
    private final BulkRequests bulk;

    ProductModelResource(ProductModelService models, JsonPayloads payloads, BulkRequests bulk) {
        this.models = models;
        this.payloads = payloads;
        this.bulk = bulk;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<ProductModelResponse> list(@RestQuery Integer limit, @RestQuery String after) {
        return models.list(limit, after);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String code) {
        return ok(models.get(code)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response create(String body) {
        return written(models.create(payloads.read(body, ProductModelPayload.class).payload()));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response replace(@RestPath String code, @RestHeader("If-Match") String ifMatch, String body) {
        return written(models.replace(code, payloads.read(body, ProductModelPayload.class).payload(), IfMatch.version(ifMatch)));
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response patch(@RestPath String code, @RestHeader("If-Match") String ifMatch, String body) {
        JsonPayloads.Parsed<ProductModelPayload> parsed = payloads.read(body, ProductModelPayload.class);
        return written(models.patch(code, parsed.payload(), parsed.fields(), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String code, @RestHeader("If-Match") String ifMatch) {
        models.delete(code, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/history")
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<HistoryEntryPayload> history(@RestPath String code, @RestQuery Integer limit, @RestQuery String after) {
        return models.history(code, limit, after);
    }

    /** Bulk upsert of product models: one per NDJSON line, PATCH semantics, one result line each. */
    @PATCH
    @Consumes({BulkRequests.AKENEO_COLLECTION, BulkRequests.NDJSON})
    @Produces({BulkRequests.AKENEO_COLLECTION, BulkRequests.NDJSON})
    @RolesAllowed(Role.EDITOR_CODE)
    public Response bulkPatch(InputStream body) {
        String results = bulk.run(body, (line, json) -> {
            JsonPayloads.Parsed<ProductModelPayload> parsed = payloads.read(json, ProductModelPayload.class);
            String code = parsed.payload().code();
            if (code == null || code.isBlank()) {
                throw InvalidDataException.of("code", "code is required");
            }
            Written<ProductModelResponse> written = models.patch(code, parsed.payload(), parsed.fields(), null);
            return new BulkLineResult(line, null, written.resource().code(), written.created() ? 201 : 204, null, null);
        }, (line, json, status, message, errors) -> new BulkLineResult(line, null, payloads.textField(json, "code"), status, message, errors));
        return Response.ok(results, BulkRequests.AKENEO_COLLECTION).build();
    }

    private static Response written(Written<ProductModelResponse> written) {
        ProductModelResponse model = written.resource();
        if (written.created()) {
            return Response.created(UriBuilder.fromPath("/api/v1/product-models/{code}").build(model.code()))
                    .entity(model)
                    .tag(String.valueOf(model.version()))
                    .build();
        }
        return ok(model).build();
    }

    private static Response.ResponseBuilder ok(ProductModelResponse model) {
        return Response.ok(model).tag(String.valueOf(model.version()));
    }
}
