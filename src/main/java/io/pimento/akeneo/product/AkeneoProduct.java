package io.pimento.akeneo.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.akeneo.AkeneoValue;
import io.pimento.akeneo.Link;

import java.util.List;
import java.util.Map;

/**
 * A product in Akeneo's shape (API 7: both its identifier and its uuid). {@code
 * quantified_associations} is always empty (Pimento has none); {@code metadata} carries the review
 * status as Akeneo's workflow status; {@code completenesses} is there only when asked for. Pimento's
 * own {@code status} and {@code version} stay in Pimento's API.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AkeneoProduct(@JsonProperty("_links") Map<String, Link> links,
                            String uuid,
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
                            @JsonProperty("quantified_associations") Map<String, Object> quantifiedAssociations,
                            Map<String, String> metadata,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<Completeness> completenesses) {

    /** The targets of one association type; a record with only these three fields, so nothing else leaks into the JSON. */
    public record Association(List<String> groups, List<String> products, @JsonProperty("product_models") List<String> productModels) {
    }

    /** Completeness on one channel ({@code scope}) and locale, in percent. */
    public record Completeness(String scope, String locale, int data) {
    }
}
