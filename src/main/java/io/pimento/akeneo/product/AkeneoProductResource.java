package io.pimento.akeneo.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.AkeneoError;
import io.pimento.akeneo.BulkUpsert;
import io.pimento.akeneo.HalList;
import io.pimento.catalog.product.JsonPayloads;
import io.pimento.catalog.product.ProductPayload;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.Written;
import io.pimento.common.ConflictException;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Akeneo's product endpoints ({@code /api/rest/v1/products}) over Pimento's {@link ProductService}:
 * the same validation, history, completeness and change events as Pimento's own API; only the
 * envelopes, pagination, filters, status codes and errors are Akeneo's. See docs/akeneo-api.md.
 */
@Path("/api/rest/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class AkeneoProductResource {

    private static final Logger LOG = Logger.getLogger(AkeneoProductResource.class);

    private final ProductService products;
    private final AkeneoProducts reads;
    private final JsonPayloads payloads;
    private final ObjectMapper mapper;

    AkeneoProductResource(ProductService products, AkeneoProducts reads, JsonPayloads payloads, ObjectMapper mapper) {
        this.products = products;
        this.reads = reads;
        this.payloads = payloads;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public HalList<AkeneoProduct> list(@Context UriInfo uri,
                                       @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                       @RestQuery String limit, @RestQuery("search_after") String searchAfter,
                                       @RestQuery("with_count") String withCount, @RestQuery String search,
                                       @RestQuery("search_scope") String searchScope, @RestQuery("search_locale") String searchLocale,
                                       @RestQuery String scope, @RestQuery("locales") String localeList,
                                       @RestQuery String attributes, @RestQuery("with_completenesses") String withCompletenesses) {
        return reads.list(new AkeneoProducts.ListRequest(paginationType, page, limit, searchAfter, withCount, search, searchScope,
                searchLocale, scope, localeList, attributes, withCompletenesses), AkeneoProducts.Keyed.IDENTIFIER, uri);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public AkeneoProduct get(@RestPath String code, @RestQuery("with_completenesses") String withCompletenesses, @Context UriInfo uri) {
        return reads.get(code, withCompletenesses, uri);
    }

    /** Creates: 201 with {@code Location} and no body, as Akeneo; an identifier already taken is Akeneo's 422. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response create(String body, @Context UriInfo uri) {
        ProductInput.Parsed<ProductPayload> input = null;
        try {
            input = ProductInput.read(mapper, payloads, ProductInput.object(mapper, body));
            Written<ProductResponse> written = products.create(input.payload().payload());
            return Response.created(location(uri, written.resource().identifier())).build();
        } catch (ConflictException duplicate) {
            return refusal(422, duplicate, input);
        } catch (ProblemException refused) {
            return refusal(refused.status(), refused, input);
        }
    }

    /** Akeneo's upsert: 201 with {@code Location} when created, 204 when updated (or unchanged). */
    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response upsert(@RestPath String code, String body, @Context UriInfo uri) {
        ProductInput.Parsed<ProductPayload> input = null;
        try {
            ObjectNode object = ProductInput.object(mapper, body);
            ProductInput.checkIdentifier(object, code);
            input = ProductInput.read(mapper, payloads, object);
            Written<ProductResponse> written = upsert(code, input);
            return written.created() ? Response.created(location(uri, written.resource().identifier())).build()
                    : Response.noContent().location(location(uri, written.resource().identifier())).build();
        } catch (ProblemException refused) {
            return refusal(refused.status(), refused, input);
        }
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String code) {
        products.delete(code, null);
        return Response.noContent().build();
    }

    /**
     * Akeneo's bulk upsert: one product per line, each applied on its own through the same upsert
     * (a refused line does not undo the others), at most {@value BulkUpsert#MAX_LINES} lines, one answer
     * line each in Akeneo's shape, with no newline after the last (Akeneo's clients split on it).
     */
    @PATCH
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response bulkUpsert(String body) {
        return BulkUpsert.answer(body, this::bulkLine, mapper);
    }

    /** One line of a bulk answer: {@code message} and {@code errors} only when it was refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BulkLine(int line, String identifier, @JsonProperty("status_code") int statusCode, String message,
                    List<AkeneoError.Item> errors) {
    }

    private BulkLine bulkLine(int line, String json) {
        String identifier = null;
        ProductInput.Parsed<ProductPayload> input = null;
        try {
            ObjectNode object = ProductInput.object(mapper, json);
            identifier = object.path("identifier").isTextual() ? object.get("identifier").asText() : null;
            if (identifier == null || identifier.isBlank()) {
                return new BulkLine(line, null, 422, "Identifier is missing.", null);
            }
            input = ProductInput.read(mapper, payloads, object);
            Written<ProductResponse> written = upsert(identifier, input);
            return new BulkLine(line, written.resource().identifier(), written.created() ? 201 : 204, null, null);
        } catch (ProblemException refused) {
            AkeneoError error = AkeneoError.of(refused.status(), refused.getMessage(), refused.errors(), slots(input));
            return new BulkLine(line, identifier, refused.status(), error.message(), error.errors());
        } catch (OptimisticLockException | StaleStateException concurrent) {
            return new BulkLine(line, identifier, 409,
                    "the product was changed by someone else in the meantime; send it again", null);
        } catch (RuntimeException unexpected) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(unexpected, "Unexpected error %s on Akeneo bulk line %d", errorId, line);
            return new BulkLine(line, identifier, 500, "an unexpected error occurred; quote error id " + errorId + " when reporting it", null);
        }
    }

    private Written<ProductResponse> upsert(String identifier, ProductInput.Parsed<ProductPayload> input) {
        ProductPayload payload = input.payload().payload();
        Set<String> fields = new LinkedHashSet<>(input.payload().fields());
        if (payload.identifier() == null) {
            // Akeneo takes the identifier from the URL; Pimento's service needs it in the payload to create
            payload = new ProductPayload(identifier, payload.family(), payload.parent(), payload.groups(), payload.categories(),
                    payload.enabled(), payload.status(), payload.values(), payload.associations(), payload.version());
            fields.add("identifier");
        }
        return products.patch(identifier, payload, fields, null);
    }

    private Response refusal(int status, ProblemException refused, ProductInput.Parsed<ProductPayload> input) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(AkeneoError.of(status, refused.getMessage(), refused.errors(), slots(input))).build();
    }

    private static AkeneoError.ValueSlots slots(ProductInput.Parsed<ProductPayload> input) {
        return input == null ? AkeneoError.ValueSlots.NONE : input.slots();
    }

    static URI location(UriInfo uri, String identifier) {
        return uri.getBaseUriBuilder().path("api/rest/v1/products/{code}").build(identifier);
    }

}
