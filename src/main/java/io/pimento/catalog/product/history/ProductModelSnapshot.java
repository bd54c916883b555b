package io.pimento.catalog.product.history;

import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.ProductValues;

import java.util.List;

/** What a product model holds (its own values, not inherited ones), for comparing two states of it. */
public record ProductModelSnapshot(String code, String familyVariant, String parent, List<String> categories,
                                   ProductValues values, Associations associations) {

    public ProductModelSnapshot {
        categories = categories == null ? List.of() : List.copyOf(categories);
        values = values == null ? new ProductValues() : values;
        associations = associations == null ? new Associations() : associations;
    }
}
