package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product model as the API returns it; a sub-model shows its root model's values merged with its own. */
public record ProductModelResponse(
        String code,
        String family,
        @JsonProperty("family_variant") String familyVariant,
        String parent,
        List<String> categories,
        Map<String, List<ProductValue>> values,
        Map<String, AssociationTargets> associations,
        int version,
        Instant created,
        Instant updated) {
}
