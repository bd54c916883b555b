package io.pimento.catalog.family;

import java.util.List;

/**
 * One level of a family variant: the axes that distinguish its children (e.g. color) and the
 * attributes whose values live at that level.
 */
public record VariantAttributeSet(int level, List<String> axes, List<String> attributes) {

    public VariantAttributeSet {
        axes = axes == null ? List.of() : List.copyOf(axes);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
