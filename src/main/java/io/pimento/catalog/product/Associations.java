package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Association type code to its targets: {@code {"X_SELL": {"products": [...], "product_models": [...], "groups": []}}}. */
public final class Associations {

    private final TreeMap<String, AssociationTargets> byType = new TreeMap<>();

    public Associations() {
    }

    @JsonCreator
    public Associations(Map<String, AssociationTargets> associations) {
        if (associations != null) {
            associations.forEach((type, targets) -> {
                if (targets != null && !targets.isEmpty()) {
                    byType.put(type, targets);
                }
            });
        }
    }

    @JsonValue
    public Map<String, AssociationTargets> asMap() {
        return Collections.unmodifiableMap(byType);
    }

    public AssociationTargets of(String type) {
        return byType.getOrDefault(type, new AssociationTargets(null, null, null));
    }

    public void put(String type, AssociationTargets targets) {
        if (targets == null || targets.isEmpty()) {
            byType.remove(type);
        } else {
            byType.put(type, targets);
        }
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Associations other && byType.equals(other.byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }
}
