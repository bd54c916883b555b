package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All values of a product or product model, keyed by attribute code, in Akeneo's JSON shape:
 * {@code {"name": [{"locale": "en_US", "scope": null, "data": "Big boot"}]}}.
 * Kept sorted by attribute code so that equal value sets serialize identically.
 */
public final class ProductValues {

    private final TreeMap<String, List<ProductValue>> byAttribute = new TreeMap<>();

    public ProductValues() {
    }

    @JsonCreator
    public ProductValues(Map<String, List<ProductValue>> values) {
        if (values != null) {
            values.forEach((attribute, list) -> {
                if (list != null && !list.isEmpty()) {
                    byAttribute.put(attribute, new ArrayList<>(list));
                }
            });
        }
    }

    @JsonValue
    public Map<String, List<ProductValue>> asMap() {
        return Collections.unmodifiableMap(byAttribute);
    }

    public ProductValues copy() {
        return new ProductValues(byAttribute);
    }

    public boolean isEmpty() {
        return byAttribute.isEmpty();
    }

    public List<ProductValue> of(String attribute) {
        return byAttribute.getOrDefault(attribute, List.of());
    }

    public Optional<ProductValue> find(String attribute, String locale, String scope) {
        // a plain loop: completeness and the importer look values up millions of times
        List<ProductValue> values = byAttribute.get(attribute);
        if (values != null) {
            for (ProductValue value : values) {
                if (value.sameSlot(locale, scope)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** Sets (or, with null data, removes) the value of an attribute at a locale and scope. */
    public void put(String attribute, String locale, String scope, Object data) {
        List<ProductValue> list = new ArrayList<>(of(attribute));
        list.removeIf(v -> v.sameSlot(locale, scope));
        if (data != null) {
            list.add(new ProductValue(locale, scope, data));
        }
        if (list.isEmpty()) {
            byAttribute.remove(attribute);
        } else {
            byAttribute.put(attribute, list);
        }
    }

    /** Values of the other set replace those at the same attribute, locale and scope (PATCH semantics). */
    public ProductValues mergedWith(ProductValues other) {
        ProductValues merged = copy();
        other.byAttribute.forEach((attribute, list) -> list.forEach(v -> merged.put(attribute, v.locale(), v.scope(), v.data())));
        return merged;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductValues other && byAttribute.equals(other.byAttribute);
    }

    @Override
    public int hashCode() {
        return byAttribute.hashCode();
    }

    @Override
    public String toString() {
        return byAttribute.toString();
    }
}
