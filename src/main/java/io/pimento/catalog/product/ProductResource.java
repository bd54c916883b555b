package io.pimento.catalog.product;

import io.pimento.common.IfMatch;
import io.pimento.catalog.product.bulk.BulkLineResult;
import io.pimento.catalog.product.bulk.BulkRequests;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.common.InstantParameter;
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

/** Products in Akeneo's JSON shape; see docs/api.md, "Products". */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;
    private final JsonPayloads payloads;
    private final BulkRequests bulk;

    ProductResource(ProductService products, JsonPayloads payloads, BulkRequests bulk) {
        this.products = products;
        this.payloads = payloads;
        this.bulk = bulk;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<ProductResponse> list(@RestQuery Integer limit, @RestQuery String after, @RestQuery String family,
                                      @RestQuery("updated_since") String updatedSince) {
        return products.list(limit, after, family, InstantParameter.parse("updated_since", updatedSince));
    }

    @GET
    @Path("{identifier}")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response get(@RestPath String identifier) {
        return ok(products.get(identifier)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response create(String body) {
        ProductPayload payload = payloads.read(body, ProductPayload.class).payload();
        return written(products.create(payload));
    }

    @PUT
    @Path("{identifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response replace(@RestPath String identifier, @RestHeader("If-Match") String ifMatch, String body) {
        ProductPayload payload = payloads.read(body, ProductPayload.class).payload();
        return written(products.replace(identifier, payload, IfMatch.version(ifMatch)));
    }

    @PATCH
    @Path("{identifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response patch(@RestPath String identifier, @RestHeader("If-Match") String ifMatch, String body) {
        JsonPayloads.Parsed<ProductPayload> parsed = payloads.read(body, ProductPayload.class);
        return written(products.patch(identifier, parsed.payload(), parsed.fields(), IfMatch.version(ifMatch)));
    }

    @DELETE
    @Path("{identifier}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String identifier, @RestHeader("If-Match") String ifMatch) {
        products.delete(identifier, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    /** Moves a product through the workflow; approving needs the reviewer role (checked in the service). */
    @POST
    @Path("{identifier}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response changeStatus(@RestPath String identifier, @RestHeader("If-Match") String ifMatch, String body) {
        StatusChange change = payloads.read(body, StatusChange.class).payload();
        if (change.status() == null) {
            throw InvalidDataException.of("status", "status is required: draft, in_review or approved");
        }
        return ok(products.changeStatus(identifier, change, IfMatch.version(ifMatch))).build();
    }

    @GET
    @Path("{identifier}/history")
    @RolesAllowed(Role.VIEWER_CODE)
    public Page<HistoryEntryPayload> history(@RestPath String identifier, @RestQuery Integer limit, @RestQuery String after) {
        return products.history(identifier, limit, after);
    }

    /** Akeneo's bulk upsert: one product per NDJSON line, PATCH semantics, one result line each. */
    @PATCH
    @Consumes({BulkRequests.AKENEO_COLLECTION, BulkRequests.NDJSON})
    @Produces({BulkRequests.AKENEO_COLLECTION, BulkRequests.NDJSON})
    @RolesAllowed(Role.EDITOR_CODE)
    public Response bulkPatch(InputStream body) {
        String results = bulk.run(body, (line, json) -> {
            JsonPayloads.Parsed<ProductPayload> parsed = payloads.read(json, ProductPayload.class);
            String identifier = parsed.payload().identifier();
            if (identifier == null || identifier.isBlank()) {
                throw InvalidDataException.of("identifier", "identifier is required");
            }
            Written<ProductResponse> written = products.patch(identifier, parsed.payload(), parsed.fields(), null);
            return new BulkLineResult(line, written.resource().identifier(), null, written.created() ? 201 : 204, null, null);
        }, (line, json, status, message, errors) ->
                new BulkLineResult(line, payloads.textField(json, "identifier"), null, status, message, errors));
        return Response.ok(results, BulkRequests.AKENEO_COLLECTION).build();
    }

    private static Response written(Written<ProductResponse> written) {
        ProductResponse product = written.resource();
        if (written.created()) {
            return Response.created(UriBuilder.fromPath("/api/v1/products/{identifier}").build(product.identifier()))
                    .entity(product)
                    .tag(String.valueOf(product.version()))
                    .build();
        }
        return ok(product).build();
    }

    private static Response.ResponseBuilder ok(ProductResponse product) {
        return Response.ok(product).tag(String.valueOf(product.version()));
    }
}
