package io.pimento.bulkactions;

import io.pimento.catalog.product.ProductPayload;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a bulk action to one product through {@link ProductService}, the API's write path, so
 * validation, completeness, history and search indexing happen as for any other change.
 */
@ApplicationScoped
class ProductChanges {

    private final ProductService products;

    ProductChanges(ProductService products) {
        this.products = products;
    }

    /** True when the product changed (a new version, or it was deleted); a refusal is thrown. */
    boolean apply(BulkAction action, String identifier) {
        ProductResponse before = products.get(identifier);
        switch (action.kind()) {
            case ENABLE, DISABLE -> {
                boolean enabled = action.kind() == BulkAction.Type.ENABLE;
                if (before.enabled() == enabled) {
                    return false;
                }
                products.patch(identifier, payload(null, enabled, null), Set.of("enabled"), null);
            }
            case ADD_CATEGORIES, REMOVE_CATEGORIES -> {
                List<String> categories = new ArrayList<>(before.categories());
                if (action.kind() == BulkAction.Type.ADD_CATEGORIES) {
                    action.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
                } else {
                    categories.removeAll(action.categories());
                }
                if (categories.equals(before.categories())) {
                    return false;
                }
                products.patch(identifier, payload(categories, null, null), Set.of("categories"), null);
            }
            case SET_VALUE, CLEAR_VALUE -> {
                Object data = action.kind() == BulkAction.Type.SET_VALUE ? action.data() : null;
                Map<String, List<ProductValue>> values = new HashMap<>();
                values.put(action.attribute(), List.of(new ProductValue(blankToNull(action.locale()), blankToNull(action.scope()), data)));
                products.patch(identifier, payload(null, null, values), Set.of("values"), null);
            }
            case SET_STATUS -> products.changeStatus(identifier, new StatusChange(action.status(), null, null), null);
            case DELETE -> {
                products.delete(identifier, null);
                return true;
            }
        }
        // the service stores nothing when nothing changes: the version tells
        return products.get(identifier).version() != before.version();
    }

    private static ProductPayload payload(List<String> categories, Boolean enabled, Map<String, List<ProductValue>> values) {
        return new ProductPayload(null, null, null, null, categories, enabled, null, values, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
