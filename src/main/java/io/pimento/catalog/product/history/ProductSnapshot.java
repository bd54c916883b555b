package io.pimento.catalog.product.history;

import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductValues;

import java.util.List;

/**
 * What a product holds, for comparing two states of it. {@code values} are its own values (not
 * those inherited from its product models); {@code parent} is the parent model's code.
 */
public record ProductSnapshot(String identifier, String family, String parent, boolean enabled, EnrichmentStatus status,
                              List<String> categories, List<String> groups, ProductValues values, Associations associations) {

    public ProductSnapshot {
        categories = categories == null ? List.of() : List.copyOf(categories);
        groups = groups == null ? List.of() : List.copyOf(groups);
        values = values == null ? new ProductValues() : values;
        associations = associations == null ? new Associations() : associations;
    }
}
