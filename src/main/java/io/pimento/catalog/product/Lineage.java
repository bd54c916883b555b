package io.pimento.catalog.product;

import java.util.List;

/**
 * A product model seen from below: what its children inherit (its values merged over its root
 * model's, and the union of their categories) and its level (0 for a root model, 1 for a sub-model).
 */
public record Lineage(ProductModel model, ProductModel root, ProductValues values, List<String> categories) {

    public Lineage {
        categories = List.copyOf(categories);
    }

    public int level() {
        return root == null ? 0 : 1;
    }
}
