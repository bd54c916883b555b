package io.pimento.catalog.product;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as the API returns it. A variant product shows the values and categories it inherits
 * from its product models merged with its own, as Akeneo does.
 */
public record ProductResponse(
        String identifier,
        String family,
        String parent,
        List<String> groups,
        List<String> categories,
        boolean enabled,
        String status,
        Map<String, List<ProductValue>> values,
        Map<String, AssociationTargets> associations,
        List<CompletenessEntry> completeness,
        int version,
        Instant created,
        Instant updated,
        UUID uuid) {
}
