package io.pimento.catalog.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds product and product model request bodies in Akeneo's shape for REST tests. */
final class ProductJson {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> values = new LinkedHashMap<>();

    private ProductJson() {
    }

    static ProductJson product(String identifier) {
        ProductJson json = new ProductJson();
        if (identifier != null) {
            json.body.put("identifier", identifier);
        }
        return json;
    }

    static ProductJson model(String code, String familyVariant) {
        ProductJson json = new ProductJson();
        json.body.put("code", code);
        if (familyVariant != null) {
            json.body.put("family_variant", familyVariant);
        }
        return json;
    }

    static ProductJson empty() {
        return new ProductJson();
    }

    ProductJson family(String family) {
        return set("family", family);
    }

    ProductJson parent(String parent) {
        return set("parent", parent);
    }

    ProductJson categories(String... categories) {
        return set("categories", List.of(categories));
    }

    ProductJson set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    /** A value of a non-localizable, non-scopable attribute. */
    ProductJson value(String attribute, Object data) {
        return value(attribute, null, null, data);
    }

    ProductJson value(String attribute, String locale, String scope, Object data) {
        values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(value(locale, scope, data));
        body.put("values", values);
        return this;
    }

    ProductJson association(String type, List<String> products, List<String> models) {
        @SuppressWarnings("unchecked")
        Map<String, Object> associations = (Map<String, Object>) body.computeIfAbsent("associations", k -> new LinkedHashMap<>());
        associations.put(type, Map.of("products", products, "product_models", models, "groups", List.of()));
        return this;
    }

    Map<String, Object> build() {
        return body;
    }

    static Map<String, Object> value(String locale, String scope, Object data) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("locale", locale);
        value.put("scope", scope);
        value.put("data", data);
        return value;
    }

    static Map<String, Object> price(Object amount, String currency) {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("amount", amount);
        price.put("currency", currency);
        return price;
    }

    static Map<String, Object> metric(Object amount, String unit) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("amount", amount);
        metric.put("unit", unit);
        return metric;
    }
}
