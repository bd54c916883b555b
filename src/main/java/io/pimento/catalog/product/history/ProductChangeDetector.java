package io.pimento.catalog.product.history;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.history.FieldChange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The field-level differences between two states of a product or product model, as history
 * records them: {@code family}, {@code enabled}, {@code status}, {@code categories},
 * {@code parent}, {@code associations.X_SELL.products}, {@code values.<attribute>[.<locale>][.<scope>]}.
 * A null "before" is a creation (every filled field is reported). An empty list means nothing
 * changed: no history, no new version, no event. Pure Java, shared with the CSV importer.
 */
public final class ProductChangeDetector {

    private ProductChangeDetector() {
    }

    public static List<FieldChange> diff(ProductSnapshot before, ProductSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        boolean created = before == null;
        field(changes, "identifier", created ? null : before.identifier(), after.identifier());
        field(changes, "family", created ? null : before.family(), after.family());
        field(changes, "parent", created ? null : before.parent(), after.parent());
        field(changes, "enabled", created ? null : before.enabled(), after.enabled());
        field(changes, "status", created ? null : code(before.status()), code(after.status()));
        list(changes, "categories", created ? List.of() : before.categories(), after.categories());
        list(changes, "groups", created ? List.of() : before.groups(), after.groups());
        changes.addAll(diffValues(created ? null : before.values(), after.values()));
        changes.addAll(diffAssociations(created ? null : before.associations(), after.associations()));
        return changes;
    }

    public static List<FieldChange> diff(ProductModelSnapshot before, ProductModelSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        boolean created = before == null;
        field(changes, "code", created ? null : before.code(), after.code());
        field(changes, "family_variant", created ? null : before.familyVariant(), after.familyVariant());
        field(changes, "parent", created ? null : before.parent(), after.parent());
        list(changes, "categories", created ? List.of() : before.categories(), after.categories());
        changes.addAll(diffValues(created ? null : before.values(), after.values()));
        changes.addAll(diffAssociations(created ? null : before.associations(), after.associations()));
        return changes;
    }

    /** One change per value slot whose data differs, ordered by attribute, locale and scope. */
    public static List<FieldChange> diffValues(ProductValues before, ProductValues after) {
        Map<String, Object> old = slots(before);
        Map<String, Object> now = slots(after);
        TreeSet<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** One change per association type and target kind whose list differs. */
    public static List<FieldChange> diffAssociations(Associations before, Associations after) {
        Associations old = before == null ? new Associations() : before;
        Associations now = after == null ? new Associations() : after;
        TreeSet<String> types = new TreeSet<>(old.asMap().keySet());
        types.addAll(now.asMap().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String type : types) {
            AssociationTargets was = old.of(type);
            AssociationTargets is = now.of(type);
            String prefix = "associations." + type + ".";
            list(changes, prefix + "products", was.products(), is.products());
            list(changes, prefix + "product_models", was.productModels(), is.productModels());
            list(changes, prefix + "groups", was.groups(), is.groups());
        }
        return changes;
    }

    /** {@code values.name.en_US.ecommerce}: the locale and scope parts appear only when set. */
    public static String valueField(String attribute, String locale, String scope) {
        StringBuilder field = new StringBuilder("values.").append(attribute);
        if (locale != null) {
            field.append('.').append(locale);
        }
        if (scope != null) {
            field.append('.').append(scope);
        }
        return field.toString();
    }

    private static Map<String, Object> slots(ProductValues values) {
        Map<String, Object> slots = new LinkedHashMap<>();
        if (values != null) {
            values.asMap().forEach((attribute, list) -> list.stream()
                    .sorted(Comparator.comparing((ProductValue v) -> Objects.toString(v.locale(), ""))
                            .thenComparing(v -> Objects.toString(v.scope(), "")))
                    .forEach(v -> slots.put(valueField(attribute, v.locale(), v.scope()), v.data())));
        }
        return slots;
    }

    private static void field(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** Lists are compared as sets: the order of categories or targets carries no meaning. */
    private static void list(List<FieldChange> changes, String field, Collection<String> before, Collection<String> after) {
        if (!new TreeSet<>(before).equals(new TreeSet<>(after))) {
            changes.add(new FieldChange(field, List.copyOf(before), List.copyOf(after)));
        }
    }

    private static String code(io.pimento.catalog.product.EnrichmentStatus status) {
        return status == null ? null : status.code();
    }
}
