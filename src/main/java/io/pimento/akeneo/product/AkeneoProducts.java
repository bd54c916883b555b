package io.pimento.akeneo.product;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.akeneo.AkeneoDates;
import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.AkeneoValues;
import io.pimento.akeneo.HalList;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.Pagination;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads of products in Akeneo's shape, shared by both of Akeneo's product APIs: {@code /products}
 * (keyed by identifier) and {@code /products-uuid} (keyed by uuid). They differ only in the key of
 * the self links; the filters, pages and products are the same.
 */
@ApplicationScoped
public class AkeneoProducts {

    /** How an API names its products in URLs. */
    public enum Keyed {
        IDENTIFIER("api/rest/v1/products/{code}"), UUID("api/rest/v1/products-uuid/{code}");

        private final String path;

        Keyed(String path) {
            this.path = path;
        }

        URI location(UriInfo uri, ProductResponse product) {
            return uri.getBaseUriBuilder().path(path).build(this == IDENTIFIER ? product.identifier() : product.uuid().toString());
        }
    }

    /** A list request's parameters, as Akeneo names them. */
    public record ListRequest(String paginationType, String page, String limit, String searchAfter, String withCount,
                              String search, String searchScope, String searchLocale, String scope, String locales,
                              String attributes, String withCompletenesses) {
    }

    private final ProductService products;
    private final ProductFinder finder;
    private final ObjectMapper mapper;
    private final ChannelService channels;
    private final LocaleService locales;
    private final AkeneoValues values;
    private final AttributeService attributes;

    AkeneoProducts(ProductService products, ProductFinder finder, ObjectMapper mapper, ChannelService channels,
                   LocaleService locales, AkeneoValues values, AttributeService attributes) {
        this.attributes = attributes;
        this.products = products;
        this.finder = finder;
        this.mapper = mapper;
        this.channels = channels;
        this.locales = locales;
        this.values = values;
    }

    public HalList<AkeneoProduct> list(ListRequest request, Keyed keyed, UriInfo uri) {
        Pagination pagination = Pagination.of(request.paginationType(), request.page(), request.limit(), request.searchAfter(),
                request.withCount());
        ValueTrim trim = ValueTrim.of(request.scope(), request.locales(), request.attributes(), channels, locales);
        boolean completenesses = Pagination.flag("with_completenesses", request.withCompletenesses());
        ProductFilters.Sql filter = ProductFilters.parse(mapper, request.search(), request.searchScope(), request.searchLocale(),
                new ProductFilters.Codes(code -> attributes.find(code).map(a -> new FilterableAttribute(a.code, a.type, a.localizable, a.scopable)),
                        code -> channels.findPayload(code).isPresent(), code -> locales.findPayload(code).isPresent()));
        ProductFinder.Ids ids = finder.page(filter, pagination);
        List<AkeneoProduct> items = products.getAll(ids.ids()).stream()
                .map(product -> toAkeneo(product, trim, completenesses, keyed, uri)).toList();
        String next = ids.more() ? ProductFinder.cursor(ids.ids().get(ids.ids().size() - 1)) : null;
        return pagination.answer(uri, items, ids.more(), next, () -> finder.count(filter));
    }

    public AkeneoProduct get(String identifier, String withCompletenesses, UriInfo uri) {
        return toAkeneo(products.get(identifier), ValueTrim.NONE, Pagination.flag("with_completenesses", withCompletenesses),
                Keyed.IDENTIFIER, uri);
    }

    public AkeneoProduct getByUuid(String uuid, String withCompletenesses, UriInfo uri) {
        String identifier = finder.identifierOf(parseUuid(uuid))
                .orElseThrow(() -> new AkeneoException(404, "Product \"%s\" does not exist or you do not have permission to access it."
                        .formatted(Texts.abbreviate(uuid))));
        return toAkeneo(products.get(identifier), ValueTrim.NONE, Pagination.flag("with_completenesses", withCompletenesses),
                Keyed.UUID, uri);
    }

    static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AkeneoException(404, "Product \"%s\" does not exist: not a uuid".formatted(Texts.abbreviate(text)));
        }
    }

    private AkeneoProduct toAkeneo(ProductResponse product, ValueTrim trim, boolean withCompletenesses, Keyed keyed, UriInfo uri) {
        Map<String, AkeneoProduct.Association> associations = new LinkedHashMap<>();
        for (Map.Entry<String, AssociationTargets> entry : product.associations().entrySet()) {
            AssociationTargets targets = entry.getValue();
            associations.put(entry.getKey(), new AkeneoProduct.Association(targets.groups(), targets.products(), targets.productModels()));
        }
        List<AkeneoProduct.Completeness> completenesses = withCompletenesses
                ? product.completeness().stream().map(entry -> new AkeneoProduct.Completeness(entry.channel(), entry.locale(), entry.ratio())).toList()
                : null;
        return new AkeneoProduct(Map.of("self", new Link(keyed.location(uri, product).toString())), product.uuid().toString(),
                product.identifier(), product.enabled(), product.family(), product.categories(), product.groups(), product.parent(),
                values.of(trim.apply(product.values()), uri), AkeneoDates.format(product.created()), AkeneoDates.format(product.updated()),
                associations, Map.of(), Map.of("workflow_status", workflowStatus(product.status())), completenesses);
    }

    /**
     * Akeneo's workflow statuses (Enterprise Edition) for Pimento's review states: a draft is being
     * worked on, a product in review awaits approval, an approved product is the working copy.
     */
    static String workflowStatus(String status) {
        return switch (EnrichmentStatus.fromCode(status)) {
            case DRAFT -> "draft_in_progress";
            case IN_REVIEW -> "proposal_waiting_for_approval";
            case APPROVED -> "working_copy";
        };
    }
}
