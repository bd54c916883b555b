package io.pimento.feeds.merchant;

import io.pimento.catalog.product.ProductModel;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.common.NotFoundException;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JSON-LD of a channel's product ({@code Product}) or product model
 * ({@code ProductGroup} with its variants in the feed), from the same resolved items and Google
 * mapping as the Merchant Center feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JsonLdService {

    private final FeedService feeds;
    private final GoogleFeedService google;
    private final CatalogSchemas schemas;

    JsonLdService(FeedService feeds, GoogleFeedService google, CatalogSchemas schemas) {
        this.feeds = feeds;
        this.google = google;
        this.schemas = schemas;
    }

    /** A product model's code gives its group; a product's identifier, the product. */
    public JsonLd of(String channel, String identifier, String locale, String requestBaseUrl) {
        GoogleFeedService.Mapper mapper = google.mapper(channel);
        ProductModel model = ProductModel.<ProductModel>find("lower(code) = lower(?1)", identifier).firstResult();
        if (model == null) {
            FeedItem item = feeds.product(channel, identifier, locale, requestBaseUrl);
            return SchemaOrg.product(item, mapper.map(item), mapper.sources(item.family()), true);
        }
        List<FeedItem> variants = feeds.variants(channel, model.code, locale, requestBaseUrl);
        if (variants.isEmpty()) {
            throw new NotFoundException("product model '%s' has no variant in the feed of channel '%s'"
                    .formatted(model.code, mapper.channel()));
        }
        List<JsonLd> products = variants.stream()
                .map(item -> SchemaOrg.product(item, mapper.map(item), mapper.sources(item.family()), false))
                .toList();
        return SchemaOrg.group(model.code, axesBelow(model), products);
    }

    /** The axes of the levels below the model: both levels' for a root model, the last one's for a sub-model. */
    private List<String> axesBelow(ProductModel model) {
        FamilyVariantSchema variant = schemas.current().familyVariant(model.familyVariant);
        List<String> axes = new ArrayList<>();
        if (variant != null) {
            for (int level = model.parentId == null ? 1 : 2; level <= variant.depth(); level++) {
                axes.addAll(variant.level(level).axes());
            }
        }
        return axes;
    }
}
