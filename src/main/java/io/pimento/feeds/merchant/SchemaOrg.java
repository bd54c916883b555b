package io.pimento.feeds.merchant;

import io.pimento.feeds.FeedItem;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Maps Google items (and the resolved items they come from) to schema.org JSON-LD: the same
 * fields, so a product's page markup and its Merchant Center entry agree. Plain functions.
 */
public final class SchemaOrg {

    private static final Map<String, String> AVAILABILITY = Map.of(
            "in_stock", "https://schema.org/InStock",
            "out_of_stock", "https://schema.org/OutOfStock",
            "preorder", "https://schema.org/PreOrder",
            "backorder", "https://schema.org/BackOrder");

    /** Axes schema.org names (variesBy takes their URLs); other axes keep their attribute code. */
    private static final List<String> SCHEMA_PROPERTIES = List.of("color", "size", "material", "pattern");

    private SchemaOrg() {
    }

    /**
     * A {@code Product}: one {@code Offer} per channel currency the price has; a variant names its
     * model in {@code isVariantOf}. {@code context} is false for a variant inside its group.
     */
    public static JsonLd product(FeedItem item, GoogleItem google, GoogleSources sources, boolean context) {
        String gtin = google.get("gtin");
        boolean gtin13 = gtin != null && gtin.matches("\\d{13}");
        JsonLd group = item.parent() == null || !context ? null
                : new JsonLd(null, "ProductGroup", null, null, null, null, null, null, null, null, null, null, null,
                item.parent(), null, null, null);
        return new JsonLd(context ? JsonLd.CONTEXT : null, "Product", google.get("title"), google.get("description"),
                item.identifier(), gtin13 ? gtin : null, gtin13 ? null : gtin, google.get("mpn"), brand(google),
                google.get("image_link"), google.get("link"),
                item.categories() == null || item.categories().isEmpty() ? null : item.categories().get(0),
                offers(item, google, sources), null, null, null, group);
    }

    /**
     * A {@code ProductGroup} of a product model: its code, the axes its variants vary by, and the
     * variants; name, description and brand are its first variant's (inherited from the model).
     */
    public static JsonLd group(String modelCode, List<String> axes, List<JsonLd> variants) {
        JsonLd first = variants.isEmpty() ? null : variants.get(0);
        return new JsonLd(JsonLd.CONTEXT, "ProductGroup", first == null ? null : first.name(),
                first == null ? null : first.description(), null, null, null, null, first == null ? null : first.brand(),
                null, null, null, null, modelCode, axes.stream().map(SchemaOrg::variesBy).toList(), variants, null);
    }

    static String variesBy(String axis) {
        return SCHEMA_PROPERTIES.stream().filter(property -> GoogleSources.namedLike(property).test(axis))
                .findFirst().map(property -> JsonLd.CONTEXT + "/" + property).orElse(axis);
    }

    private static JsonLd.Brand brand(GoogleItem google) {
        return google.get("brand") == null ? null : new JsonLd.Brand("Brand", google.get("brand"));
    }

    private static List<JsonLd.Offer> offers(FeedItem item, GoogleItem google, GoogleSources sources) {
        if (!(GoogleFields.value(item, sources.price()) instanceof Collection<?> list)) {
            return null;
        }
        String availability = AVAILABILITY.get(google.get("availability"));
        List<JsonLd.Offer> offers = list.stream()
                .filter(price -> price instanceof Map<?, ?>)
                .map(price -> (Map<?, ?>) price)
                .filter(price -> GoogleFields.amount(price.get("amount")) != null)
                .map(price -> new JsonLd.Offer("Offer", GoogleFields.amount(price.get("amount")),
                        String.valueOf(price.get("currency")), availability, google.get("link")))
                .toList();
        return offers.isEmpty() ? null : offers;
    }
}
