package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * A product as clients send it, in Akeneo's shape. The read-only fields of a response
 * ({@code uuid}, {@code created}, {@code updated}, {@code completeness}) are accepted and ignored, so a
 * fetched product can be edited and sent back as it is.
 */
@JsonIgnoreProperties(value = {"uuid", "created", "updated", "completeness"})
public record ProductPayload(
        String identifier,
        String family,
        String parent,
        List<String> groups,
        List<String> categories,
        Boolean enabled,
        String status,
        Map<String, List<ProductValue>> values,
        Map<String, AssociationTargets> associations,
        Integer version) {
}
