package io.pimento.feeds.merchant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A schema.org {@code Product} or {@code ProductGroup} in JSON-LD; {@code @context} only on the
 * outermost object. Field names are schema.org's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                     String name, String description, String sku, String gtin13, String gtin, String mpn,
                     Brand brand, String image, String url, String category, List<Offer> offers,
                     String productGroupID, List<String> variesBy, List<JsonLd> hasVariant, JsonLd isVariantOf) {

    public static final String CONTEXT = "https://schema.org";

    public record Brand(@JsonProperty("@type") String type, String name) {
    }

    public record Offer(@JsonProperty("@type") String type, String price, String priceCurrency, String availability,
                        String url) {
    }
}
