package io.pimento.web.products;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.common.Page;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.web.products.ProductPages.RestoreRefusal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page of a product's history as the product page shows it: each change under a label (the
 * attribute's, with its locale and channel), which of them a restore can bring back, and the
 * cursors to older entries and back to the newest.
 *
 * @param cursor the cursor this page was opened with (empty for the newest), sent back with a restore
 * @param refusal why the last restore was refused, or null
 */
public record ProductHistory(List<Item> items, String next, boolean paged, String cursor, RestoreRefusal refusal) {

    /** One entry; {@code restorable} when the product has changed since it and it can be gone back to. */
    public record Item(HistoryEntryPayload entry, List<Row> changes, boolean restorable) {
    }

    /** One field's change; {@code restorable} when a restore writes that field (an empty "before" clears the value). */
    public record Row(FieldChange change, String label, boolean restorable) {
    }

    static ProductHistory of(ProductResponse product, Page<HistoryEntryPayload> page, boolean paged, String cursor, RestoreRefusal refusal) {
        Set<String> codes = new TreeSet<>();
        page.items().forEach(entry -> entry.changes().forEach(change -> {
            if (change.field().startsWith("values.")) {
                codes.add(change.field().split("\\.")[1]);
            }
        }));
        Map<String, String> labels = new HashMap<>();
        if (!codes.isEmpty()) {
            Attribute.<Attribute>list("code in ?1", codes).forEach(attribute -> {
                String label = attribute.labels == null ? null : attribute.labels.get(CatalogStructure.DEFAULT_LOCALE);
                labels.put(attribute.code, label == null || label.isBlank() ? attribute.code : label);
            });
        }
        List<Item> items = page.items().stream().map(entry -> new Item(entry,
                entry.changes().stream().map(change -> new Row(change, label(change.field(), labels),
                        "updated".equals(entry.action()) && ProductRestores.restorable(change.field()))).toList(),
                entry.version() != null && entry.version() < product.version() && !"deleted".equals(entry.action()))).toList();
        return new ProductHistory(items, page.next(), paged, cursor, refusal);
    }

    /** "Name · en_US · web" for {@code values.name.en_US.web}; "Enabled" for {@code enabled}; the field itself otherwise. */
    static String label(String field, Map<String, String> attributeLabels) {
        if (field.startsWith("values.")) {
            List<String> parts = Arrays.asList(field.split("\\."));
            String code = parts.get(1);
            StringBuilder label = new StringBuilder(attributeLabels.getOrDefault(code, code));
            parts.subList(2, parts.size()).forEach(part -> label.append(" · ").append(part));
            return label.toString();
        }
        return switch (field) {
            case "enabled" -> "Enabled";
            case "categories" -> "Categories";
            case "family" -> "Family";
            case "parent" -> "Product model";
            case "status" -> "Status";
            case "comment" -> "Comment";
            case "groups" -> "Groups";
            case "identifier" -> "Identifier";
            default -> field;
        };
    }
}
