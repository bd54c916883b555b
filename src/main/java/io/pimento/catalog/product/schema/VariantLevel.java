package io.pimento.catalog.product.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One level of a family variant: 0 is the root product model (the family's common attributes),
 * 1 and 2 the levels declared by the variant. {@code attributes} includes the axes.
 */
public record VariantLevel(int level, List<String> axes, Set<String> attributes) {

    public VariantLevel {
        axes = axes == null ? List.of() : List.copyOf(axes);
        Set<String> all = new LinkedHashSet<>(attributes == null ? Set.of() : attributes);
        all.addAll(axes);
        attributes = java.util.Collections.unmodifiableSet(all);
    }
}
