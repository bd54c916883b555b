package io.pimento.akeneo.productmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.AkeneoDates;
import io.pimento.akeneo.AkeneoError;
import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.AkeneoValues;
import io.pimento.akeneo.BulkUpsert;
import io.pimento.akeneo.HalList;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.Pagination;
import io.pimento.akeneo.product.AkeneoProduct;
import io.pimento.akeneo.product.ProductFilters;
import io.pimento.akeneo.product.ProductFinder;
import io.pimento.akeneo.product.ProductInput;
import io.pimento.akeneo.product.ValueTrim;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.product.JsonPayloads;
import io.pimento.catalog.product.ProductModelPayload;
import io.pimento.catalog.product.ProductModelResponse;
import io.pimento.catalog.product.ProductModelService;
import io.pimento.catalog.product.Written;
import io.pimento.common.ConflictException;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Akeneo's product model endpoints over Pimento's {@link ProductModelService}, as
 * {@code AkeneoProductResource} is for products: same pagination, filters (those models have),
 * status codes, bulk and errors. See docs/akeneo-api.md.
 */
@Path("/api/rest/v1/product-models")
@Produces(MediaType.APPLICATION_JSON)
public class AkeneoProductModelResource {


    private final ProductModelService models;
    private final ProductFinder finder;
    private final JsonPayloads payloads;
    private final ObjectMapper mapper;
    private final ChannelService channels;
    private final LocaleService locales;
    private final AkeneoValues values;

    AkeneoProductModelResource(ProductModelService models, ProductFinder finder, JsonPayloads payloads, ObjectMapper mapper,
                               ChannelService channels, LocaleService locales, AkeneoValues values) {
        this.models = models;
        this.finder = finder;
        this.payloads = payloads;
        this.mapper = mapper;
        this.channels = channels;
        this.locales = locales;
        this.values = values;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public HalList<AkeneoProductModel> list(@Context UriInfo uri,
                                            @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                            @RestQuery String limit, @RestQuery("search_after") String searchAfter,
                                            @RestQuery("with_count") String withCount, @RestQuery String search,
                                            @RestQuery String scope, @RestQuery("locales") String localeList,
                                            @RestQuery String attributes) {
        Pagination pagination = Pagination.of(paginationType, page, limit, searchAfter, withCount);
        ValueTrim trim = ValueTrim.of(scope, localeList, attributes, channels, locales);
        ProductFilters.Target target = ProductFilters.Target.PRODUCT_MODELS;
        ProductFilters.Sql filter = ProductFilters.parse(target, mapper, search, null, null);
        ProductFinder.Ids ids = finder.page(target, filter, pagination);
        List<AkeneoProductModel> items = models.getAll(ids.ids()).stream().map(model -> toAkeneo(model, trim, uri)).toList();
        String next = ids.more() ? ProductFinder.cursor(ids.ids().get(ids.ids().size() - 1)) : null;
        return pagination.answer(uri, items, ids.more(), next, () -> finder.count(target, filter));
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_CODE)
    public AkeneoProductModel get(@RestPath String code, @Context UriInfo uri) {
        return toAkeneo(models.get(code), ValueTrim.NONE, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response create(String body, @Context UriInfo uri) {
        ProductInput.Parsed<ProductModelPayload> input = null;
        try {
            input = read(ProductInput.object(mapper, body));
            Written<ProductModelResponse> written = models.create(input.payload().payload());
            return Response.created(location(uri, written.resource().code())).build();
        } catch (ConflictException duplicate) {
            return refusal(422, duplicate, input);
        } catch (ProblemException refused) {
            return refusal(refused.status(), refused, input);
        }
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response upsert(@RestPath String code, String body, @Context UriInfo uri) {
        ProductInput.Parsed<ProductModelPayload> input = null;
        try {
            ObjectNode object = ProductInput.object(mapper, body);
            ProductInput.checkCode(object, "code", code);
            input = read(object);
            Written<ProductModelResponse> written = upsert(code, input);
            return written.created() ? Response.created(location(uri, written.resource().code())).build()
                    : Response.noContent().location(location(uri, written.resource().code())).build();
        } catch (ProblemException refused) {
            return refusal(refused.status(), refused, input);
        }
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String code) {
        models.delete(code, null);
        return Response.noContent().build();
    }

    /** Akeneo's bulk upsert of models: as for products, keyed by {@code code}, no newline after the last answer line. */
    @PATCH
    @Consumes(BulkUpsert.MEDIA_TYPE)
    @Produces(BulkUpsert.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response bulkUpsert(String body) {
        return BulkUpsert.answer(body, this::bulkLine, mapper);
    }

    private BulkUpsert.CodeLine bulkLine(int line, String json) {
        String code = null;
        ProductInput.Parsed<ProductModelPayload> input = null;
        try {
            ObjectNode object = ProductInput.object(mapper, json);
            code = object.path("code").isTextual() ? object.get("code").asText() : null;
            if (code == null || code.isBlank()) {
                return new BulkUpsert.CodeLine(line, null, 422, "Code is missing.", null);
            }
            input = read(object);
            Written<ProductModelResponse> written = upsert(code, input);
            return new BulkUpsert.CodeLine(line, written.resource().code(), written.created() ? 201 : 204, null, null);
        } catch (RuntimeException failure) {
            return BulkUpsert.refused(line, code, failure, input == null ? AkeneoError.ValueSlots.NONE : input.slots(), "product model");
        }
    }

    private ProductInput.Parsed<ProductModelPayload> read(ObjectNode object) {
        return ProductInput.read(mapper, payloads, object, ProductInput.WRITABLE_ON_MODELS, ProductModelPayload.class);
    }

    private Written<ProductModelResponse> upsert(String code, ProductInput.Parsed<ProductModelPayload> input) {
        ProductModelPayload payload = input.payload().payload();
        Set<String> fields = new LinkedHashSet<>(input.payload().fields());
        if (payload.code() == null) {
            payload = new ProductModelPayload(code, payload.familyVariant(), payload.parent(), payload.categories(), payload.values(),
                    payload.associations(), payload.version());
            fields.add("code");
        }
        return models.patch(code, payload, fields, null);
    }

    private static Response refusal(int status, ProblemException refused, ProductInput.Parsed<?> input) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(AkeneoError.of(status, refused.getMessage(), refused.errors(),
                        input == null ? AkeneoError.ValueSlots.NONE : input.slots()))
                .build();
    }

    private AkeneoProductModel toAkeneo(ProductModelResponse model, ValueTrim trim, UriInfo uri) {
        Map<String, AkeneoProduct.Association> associations = new LinkedHashMap<>();
        model.associations().forEach((type, targets) ->
                associations.put(type, new AkeneoProduct.Association(targets.groups(), targets.products(), targets.productModels())));
        return new AkeneoProductModel(Map.of("self", new Link(location(uri, model.code()).toString())), model.code(), model.family(),
                model.familyVariant(), model.parent(), model.categories(), values.of(trim.apply(model.values()), uri),
                AkeneoDates.format(model.created()), AkeneoDates.format(model.updated()), associations, Map.of());
    }

    static URI location(UriInfo uri, String code) {
        return uri.getBaseUriBuilder().path("api/rest/v1/product-models/{code}").build(code);
    }

}
