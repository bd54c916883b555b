package io.pimento.akeneo.productmodel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.product.AkeneoProduct;
import io.pimento.akeneo.AkeneoValue;

import java.util.List;
import java.util.Map;

/** A product model in Akeneo's shape; like products, no {@code version} and no quantified associations. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AkeneoProductModel(@JsonProperty("_links") Map<String, Link> links,
                                 String code,
                                 String family,
                                 @JsonProperty("family_variant") String familyVariant,
                                 String parent,
                                 List<String> categories,
                                 Map<String, List<AkeneoValue>> values,
                                 String created,
                                 String updated,
                                 Map<String, AkeneoProduct.Association> associations,
                                 @JsonProperty("quantified_associations") Map<String, Object> quantifiedAssociations) {
}
