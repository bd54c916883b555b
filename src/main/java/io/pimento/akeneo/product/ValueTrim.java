package io.pimento.akeneo.product;

import io.pimento.catalog.product.ProductValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Akeneo's {@code scope}, {@code locales} and {@code attributes} list parameters: which values a
 * list shows. A value without scope (or locale) is kept whatever the scope (or locales) asked.
 *
 * @param scope      null: every scope
 * @param locales    null: every locale
 * @param attributes null: every attribute
 */
record ValueTrim(String scope, Set<String> locales, Set<String> attributes) {

    static final ValueTrim NONE = new ValueTrim(null, null, null);

    Map<String, List<ProductValue>> apply(Map<String, List<ProductValue>> values) {
        if (scope == null && locales == null && attributes == null) {
            return values;
        }
        Map<String, List<ProductValue>> kept = new LinkedHashMap<>();
        values.forEach((attribute, list) -> {
            if (attributes != null && !attributes.contains(attribute)) {
                return;
            }
            List<ProductValue> slots = list.stream()
                    .filter(value -> scope == null || value.scope() == null || value.scope().equals(scope))
                    .filter(value -> locales == null || value.locale() == null || locales.contains(value.locale()))
                    .toList();
            if (!slots.isEmpty()) {
                kept.put(attribute, slots);
            }
        });
        return kept;
    }
}
