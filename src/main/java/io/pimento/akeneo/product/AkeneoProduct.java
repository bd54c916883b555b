package io.pimento.akeneo.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.AkeneoValue;

import java.util.List;
import java.util.Map;

/**
 * A product in Akeneo's shape (API 6/7 by identifier). Pimento has no product uuid, so there is
 * none here; {@code quantified_associations} is always empty (Pimento has none), and Pimento's own
 * {@code status}, {@code version} and {@code completeness} stay in Pimento's API.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AkeneoProduct(@JsonProperty("_links") Map<String, Link> links,
                            String identifier,
                            boolean enabled,
                            String family,
                            List<String> categories,
                            List<String> groups,
                            String parent,
                            Map<String, List<AkeneoValue>> values,
                            String created,
                            String updated,
                            Map<String, Association> associations,
                            @JsonProperty("quantified_associations") Map<String, Object> quantifiedAssociations) {

    /** The targets of one association type; a record with only these three fields, so nothing else leaks into the JSON. */
    public record Association(List<String> groups, List<String> products, @JsonProperty("product_models") List<String> productModels) {
    }
}
