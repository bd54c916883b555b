package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** A product model as clients send it, in Akeneo's shape; read-only response fields are ignored. */
@JsonIgnoreProperties(value = {"family", "created", "updated"})
public record ProductModelPayload(
        String code,
        @JsonProperty("family_variant") String familyVariant,
        String parent,
        List<String> categories,
        Map<String, List<ProductValue>> values,
        Map<String, AssociationTargets> associations,
        Integer version) {
}
