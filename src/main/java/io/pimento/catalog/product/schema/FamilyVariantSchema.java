package io.pimento.catalog.product.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a family's product models split into variants. {@link #level(int)} 0 is the root model;
 * the deepest level ({@link #depth()}) holds the variant products.
 */
public final class FamilyVariantSchema {

    private final String code;
    private final String family;
    private final List<VariantLevel> levels;

    /**
     * @param declaredLevels the variant's levels 1 (and 2), as declared; their attributes and axes
     * @param familyAttributes all attributes of the family, to derive the root model's common ones
     */
    public FamilyVariantSchema(String code, String family, List<VariantLevel> declaredLevels, Set<String> familyAttributes) {
        this.code = code;
        this.family = family;
        List<VariantLevel> sorted = new ArrayList<>(declaredLevels);
        sorted.sort(java.util.Comparator.comparingInt(VariantLevel::level));
        Set<String> common = new LinkedHashSet<>(familyAttributes);
        sorted.forEach(l -> common.removeAll(l.attributes()));
        List<VariantLevel> all = new ArrayList<>();
        all.add(new VariantLevel(0, List.of(), common));
        for (int i = 0; i < sorted.size(); i++) {
            VariantLevel l = sorted.get(i);
            all.add(new VariantLevel(i + 1, l.axes(), l.attributes()));
        }
        this.levels = List.copyOf(all);
    }

    public String code() {
        return code;
    }

    public String family() {
        return family;
    }

    /** Number of variant levels: 1 (model → products) or 2 (model → sub-models → products). */
    public int depth() {
        return levels.size() - 1;
    }

    public VariantLevel level(int level) {
        return levels.get(level);
    }

    /** The level at which the given attribute's values live, or -1 when the family does not have it. */
    public int levelOf(String attribute) {
        for (VariantLevel l : levels) {
            if (l.attributes().contains(attribute)) {
                return l.level();
            }
        }
        return -1;
    }
}
