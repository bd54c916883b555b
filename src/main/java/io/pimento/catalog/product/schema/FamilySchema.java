package io.pimento.catalog.product.schema;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A family's attributes, per channel the attributes a product needs to be complete there, and the
 * attribute its products are labelled by (null: none).
 */
public record FamilySchema(String code, Set<String> attributes, Map<String, List<String>> requirements, String labelAttribute) {

    public FamilySchema(String code, Set<String> attributes, Map<String, List<String>> requirements) {
        this(code, attributes, requirements, null);
    }

    public FamilySchema {
        attributes = attributes == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(attributes));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (requirements != null) {
            requirements.forEach((channel, codes) -> copy.put(channel, codes == null ? List.of() : List.copyOf(codes)));
        }
        requirements = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean hasAttribute(String attribute) {
        return attributes.contains(attribute);
    }

    public List<String> requiredOn(String channel) {
        return requirements.getOrDefault(channel, List.of());
    }
}
