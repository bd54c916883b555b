package io.pimento.akeneo.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.AkeneoValues;
import io.pimento.akeneo.HalList;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.Pagination;
import io.pimento.catalog.product.ProductModelPayload;
import io.pimento.catalog.product.ProductModelService;
import io.pimento.catalog.product.ProductPayload;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.common.NotFoundException;
import io.pimento.common.Texts;
import io.pimento.media.MediaResponses;
import io.pimento.media.MediaService;
import io.pimento.media.MediaStore;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Akeneo's media files ({@code /api/rest/v1/media-files}) over Pimento's media store: an upload
 * stores the file and sets it as a product's or product model's value through the same product
 * services as every other write, so the value is validated (attribute type, allowed extensions)
 * the same way. See docs/akeneo-api.md.
 */
@Path("/api/rest/v1/media-files")
public class AkeneoMediaFileResource {

    private final MediaService media;
    private final MediaStore store;
    private final ProductService products;
    private final ProductModelService models;
    private final ObjectMapper mapper;

    AkeneoMediaFileResource(MediaService media, MediaStore store, ProductService products, ProductModelService models,
                            ObjectMapper mapper) {
        this.media = media;
        this.store = store;
        this.products = products;
        this.models = models;
        this.mapper = mapper;
    }

    /** Where the file goes: {@code product} names the product by {@code identifier}, {@code product_model} by {@code code}. */
    private record Target(String part, String owner, String attribute, String locale, String scope) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.VIEWER_CODE)
    public HalList<AkeneoMediaFile> list(@Context UriInfo uri, @RestQuery("pagination_type") String paginationType,
                                         @RestQuery String page, @RestQuery String limit,
                                         @RestQuery("search_after") String searchAfter, @RestQuery("with_count") String withCount) {
        Pagination pagination = Pagination.of(paginationType, page, limit, searchAfter, withCount);
        List<String> keys = store.keys(pagination.searchAfter() ? pagination.after() : null)
                .skip(pagination.searchAfter() ? 0 : pagination.offset())
                .limit(pagination.limit() + 1L)
                .toList();
        boolean more = keys.size() > pagination.limit();
        List<AkeneoMediaFile> items = keys.stream().limit(pagination.limit())
                .map(key -> toAkeneo(media.get(key), uri, true)).toList();
        // the cursor is the last key itself: keys are listed in their own order
        String next = more ? items.get(items.size() - 1).code() : null;
        return pagination.answer(uri, items, more, next, () -> store.keys(null).count());
    }

    @GET
    @Path("{code: .+}/download")
    @RolesAllowed(Role.VIEWER_CODE)
    public Response download(@RestPath String code, @Context Request request) {
        return MediaResponses.serve(media.get(code), null, request);
    }

    @GET
    @Path("{code: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.VIEWER_CODE)
    public AkeneoMediaFile get(@RestPath String code, @Context UriInfo uri) {
        return toAkeneo(media.get(code), uri, false);
    }

    /**
     * Akeneo's upload: 201 with the media file's {@code Location} and no body. A refused value
     * (unknown attribute, extension not allowed) is Akeneo's 422 and leaves no file behind.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response upload(@RestForm("product") String product, @RestForm("product_model") String productModel,
                           @RestForm("file") FileUpload file, @Context UriInfo uri) {
        Target target = target(product, productModel);
        MediaStore.Stored stored = media.store(file == null ? null : new MediaService.Upload(file.uploadedFile(), file.fileName()), "file");
        try {
            Map<String, List<ProductValue>> values = Map.of(target.attribute(),
                    List.of(new ProductValue(target.locale(), target.scope(), stored.key())));
            if (target.part().equals("product")) {
                products.patch(target.owner(), new ProductPayload(null, null, null, null, null, null, null, values, null, null),
                        Set.of("values"), null);
            } else {
                models.patch(target.owner(), new ProductModelPayload(null, null, null, null, values, null, null), Set.of("values"), null);
            }
        } catch (RuntimeException refused) {
            media.discard(stored);
            throw refused;
        }
        return Response.created(URI.create(uri.getBaseUri() + AkeneoValues.MEDIA_FILES + MediaResponses.path(stored.key()))).build();
    }

    /** The {@code product} or {@code product_model} part, checked: the owner must exist (a media upload never creates one). */
    private Target target(String product, String productModel) {
        boolean isProduct = product != null && !product.isBlank();
        boolean isModel = productModel != null && !productModel.isBlank();
        if (isProduct == isModel) {
            throw AkeneoException.unprocessable("Property \"product\" or \"product_model\" is required, and only one of them.");
        }
        String part = isProduct ? "product" : "product_model";
        JsonNode json;
        try {
            json = mapper.readTree(isProduct ? product : productModel);
        } catch (JsonProcessingException e) {
            throw AkeneoException.unprocessable("Property \"%s\" is not valid JSON.".formatted(part));
        }
        String ownerField = isProduct ? "identifier" : "code";
        String owner = text(json, part, ownerField, true);
        Target target = new Target(part, owner, text(json, part, "attribute", true),
                text(json, part, "locale", false), text(json, part, "scope", false));
        try {
            if (isProduct) {
                products.get(owner);
            } else {
                models.get(owner);
            }
        } catch (NotFoundException missing) {
            throw AkeneoException.unprocessable("%s \"%s\" does not exist.".formatted(isProduct ? "Product" : "Product model",
                    Texts.abbreviate(owner)));
        }
        return target;
    }

    private static String text(JsonNode json, String part, String field, boolean required) {
        JsonNode node = json == null ? null : json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw AkeneoException.unprocessable("Property \"%s\" needs \"%s\".".formatted(part, field));
            }
            return null;
        }
        if (!node.isTextual()) {
            throw AkeneoException.unprocessable("Property \"%s.%s\" must be a string.".formatted(part, field));
        }
        return node.asText();
    }

    private static AkeneoMediaFile toAkeneo(MediaStore.StoredFile file, UriInfo uri, boolean withSelf) {
        Map<String, Link> links = new LinkedHashMap<>();
        if (withSelf) {
            links.put("self", new Link(uri.getBaseUri() + AkeneoValues.MEDIA_FILES + MediaResponses.path(file.key())));
        }
        links.put("download", new Link(AkeneoValues.downloadHref(uri, file.key())));
        return new AkeneoMediaFile(links, file.key(), file.originalFilename(), file.mimeType(), file.size(), file.extension());
    }
}
