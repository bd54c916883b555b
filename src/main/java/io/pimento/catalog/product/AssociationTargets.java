package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What one association type links a product to, in Akeneo's shape. */
public record AssociationTargets(List<String> products, @JsonProperty("product_models") List<String> productModels,
                                 List<String> groups) {

    public AssociationTargets {
        products = products == null ? List.of() : List.copyOf(products);
        productModels = productModels == null ? List.of() : List.copyOf(productModels);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Not a field: without this Jackson would show it as {@code "empty"}, which a client sending the product back would have refused. */
    @JsonIgnore
    public boolean isEmpty() {
        return products.isEmpty() && productModels.isEmpty() && groups.isEmpty();
    }
}
