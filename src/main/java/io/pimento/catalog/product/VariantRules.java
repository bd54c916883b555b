package io.pimento.catalog.product;

import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.catalog.product.schema.VariantLevel;
import io.pimento.common.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Akeneo's rules for values in a family variant: each level holds only its own attributes
 * (common ones on the root model, level 1 on sub-models, the last level on variant products),
 * and each child carries a value for every axis of its level. Pure Java.
 */
public final class VariantRules {

    private VariantRules() {
    }

    /**
     * Keeps the values that belong to the given level. A value of an upper level equal to the
     * inherited one is dropped silently (a fetched variant, sent back as it is, carries them);
     * any other value of another level is an error.
     *
     * @param level              the level of the owner: 0 root model, 1 sub-model or variant product, 2 variant product
     * @param inherited          what the owner inherits from its models (empty for a root model)
     * @param modelCodes         code of the model holding each upper level (index 0 root, 1 sub-model), for messages
     * @param identifierAttribute always allowed on variant products
     */
    public static ProductValues valuesOfLevel(ProductValues own, ProductValues inherited, FamilyVariantSchema variant, int level,
                                              List<String> modelCodes, String identifierAttribute, List<FieldError> errors) {
        ProductValues kept = new ProductValues();
        boolean variantProduct = level == variant.depth();
        own.asMap().forEach((attribute, values) -> {
            if (attribute.equals(identifierAttribute) && variantProduct) {
                values.forEach(v -> kept.put(attribute, v.locale(), v.scope(), v.data()));
                return;
            }
            int attributeLevel = variant.levelOf(attribute);
            if (attributeLevel == level || attributeLevel < 0) {
                // attributes outside the family are the validator's business
                values.forEach(v -> kept.put(attribute, v.locale(), v.scope(), v.data()));
                return;
            }
            boolean allInherited = attributeLevel < level && values.stream().allMatch(v ->
                    inherited.find(attribute, v.locale(), v.scope()).map(i -> Objects.equals(i.data(), v.data())).orElse(false));
            if (!allInherited) {
                errors.add(new FieldError("values." + attribute, misplaced(attribute, attributeLevel, variant, modelCodes)));
            }
        });
        return kept;
    }

    private static String misplaced(String attribute, int attributeLevel, FamilyVariantSchema variant, List<String> modelCodes) {
        if (attributeLevel == variant.depth()) {
            return "attribute '%s' belongs to the variant products of family variant '%s'".formatted(attribute, variant.code());
        }
        String holder = attributeLevel < modelCodes.size() && modelCodes.get(attributeLevel) != null
                ? " (product model '" + modelCodes.get(attributeLevel) + "')" : "";
        return attributeLevel == 0
                ? "attribute '%s' is a common attribute of family variant '%s': set it on the root product model%s".formatted(attribute, variant.code(), holder)
                : "attribute '%s' belongs to level %d of family variant '%s': set it on the sub-model%s".formatted(attribute, attributeLevel, variant.code(), holder);
    }

    /** An error for each axis of the level that has no value. */
    public static void requireAxes(ProductValues own, FamilyVariantSchema variant, int level, List<FieldError> errors) {
        for (String axis : variant.level(level).axes()) {
            if (axisValue(own, axis) == null) {
                errors.add(new FieldError("values." + axis, "variant axis '%s' of family variant '%s' needs a value: it tells this variant from its siblings"
                        .formatted(axis, variant.code())));
            }
        }
    }

    /** The combination of axis values that must be unique among siblings. */
    public static List<Object> axisKey(ProductValues values, VariantLevel level) {
        List<Object> key = new ArrayList<>();
        level.axes().forEach(axis -> key.add(axisValue(values, axis)));
        return key;
    }

    public static String describeKey(VariantLevel level, List<Object> key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < level.axes().size(); i++) {
            parts.add(level.axes().get(i) + "=" + key.get(i));
        }
        return String.join(", ", parts);
    }

    private static Object axisValue(ProductValues values, String axis) {
        // Axes are neither localizable nor scopable: one value each.
        return values.of(axis).stream().map(ProductValue::data).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
