package io.pimento.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One event as accepted: checked by {@link EventParser}, its product and category codes known to
 * the catalog. Fields a type does not use are null (lists empty). {@code personalization} is the
 * visitor's consent; {@code context} the channel's context fields, kept as sent; {@code content}
 * the content items an impression showed (codes as sent: frequency caps count them).
 */
public record VisitorEvent(EventType type, String visitor, String session, Instant timestamp, boolean personalization,
                           String product, String category, String query, Integer quantity, List<PurchaseLine> items,
                           BigDecimal value, String currency, String responseId, List<String> products,
                           Preference preference, ObjectNode context, List<String> content) {

    public VisitorEvent {
        items = items == null ? List.of() : List.copyOf(items);
        products = products == null ? List.of() : List.copyOf(products);
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** One line of a purchase. */
    public record PurchaseLine(String product, int quantity, BigDecimal price) {
    }

    /** A visitor's explicit choice: to like or hide a brand, a category or a product. */
    public record Preference(boolean like, Kind kind, String value) {

        public enum Kind { BRAND, CATEGORY, PRODUCT }
    }

    /** A product or category code the event names, and where (relative JSON path). */
    public record Reference(String path, boolean category, String code) {
    }

    /** Every product and category code the event names, for checking them against the catalog at once. */
    public List<Reference> references() {
        List<Reference> references = new java.util.ArrayList<>();
        if (product != null) {
            references.add(new Reference("product", false, product));
        }
        for (int i = 0; i < items.size(); i++) {
            references.add(new Reference("items[" + i + "].product", false, items.get(i).product()));
        }
        for (int i = 0; i < products.size(); i++) {
            references.add(new Reference("products[" + i + "]", false, products.get(i)));
        }
        if (category != null) {
            references.add(new Reference("category", true, category));
        }
        if (preference != null && preference.kind() != Preference.Kind.BRAND) {
            String field = (preference.like() ? "like." : "hide.") + preference.kind().name().toLowerCase(java.util.Locale.ROOT);
            references.add(new Reference(field, preference.kind() == Preference.Kind.CATEGORY, preference.value()));
        }
        return references;
    }

    /** The same event with its codes spelled as the catalog spells them. */
    public VisitorEvent canonical(java.util.function.UnaryOperator<String> productCode, java.util.function.UnaryOperator<String> categoryCode) {
        Preference pref = preference == null || preference.kind() == Preference.Kind.BRAND ? preference
                : new Preference(preference.like(), preference.kind(), preference.kind() == Preference.Kind.CATEGORY
                ? categoryCode.apply(preference.value()) : productCode.apply(preference.value()));
        return new VisitorEvent(type, visitor, session, timestamp, personalization,
                product == null ? null : productCode.apply(product), category == null ? null : categoryCode.apply(category),
                query, quantity, items.stream().map(l -> new PurchaseLine(productCode.apply(l.product()), l.quantity(), l.price())).toList(),
                value, currency, responseId, products.stream().map(productCode).toList(), pref, context, content);
    }

    /** The category code the event names, if any. */
    public String categoryCode() {
        if (category != null) {
            return category;
        }
        return preference != null && preference.kind() == Preference.Kind.CATEGORY ? preference.value() : null;
    }
}
