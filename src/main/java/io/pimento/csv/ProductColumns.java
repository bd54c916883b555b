package io.pimento.csv;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each column of a product or product model file means, in Akeneo's dialect:
 * the identifier (products: the identifier attribute's code, e.g. {@code sku}; models: {@code code}),
 * {@code family}, {@code family_variant}, {@code parent}, {@code categories}, {@code enabled},
 * {@code groups}, values as {@code <attribute>[-<locale>][-<channel>]} (prices add
 * {@code -<CURRENCY>}, metrics have a {@code -unit} column next to the amount) and associations
 * as {@code <TYPE>-products}, {@code <TYPE>-product_models}, {@code <TYPE>-groups}. A header
 * naming anything else is refused as a whole, with every unknown column listed: silently skipping
 * a column would silently lose its data.
 */
public final class ProductColumns {

    public enum Owner { PRODUCT, PRODUCT_MODEL }

    public enum TargetKind {
        PRODUCTS("products"), PRODUCT_MODELS("product_models"), GROUPS("groups");

        private final String suffix;

        TargetKind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    public record AssociationColumn(int index, String type, TargetKind kind) {
    }

    private final Owner owner;
    private final List<String> header;
    private int identifier = -1;
    private int family = -1;
    private int familyVariant = -1;
    private int parent = -1;
    private int categories = -1;
    private int enabled = -1;
    private int groups = -1;
    private final List<ValueSlot> slots = new ArrayList<>();
    private final List<AssociationColumn> associations = new ArrayList<>();

    private ProductColumns(Owner owner, List<String> header) {
        this.owner = owner;
        this.header = List.copyOf(header);
    }

    /** Reads a file's header; a column that means nothing is a {@link MalformedCsvException} on line 1. */
    public static ProductColumns parse(List<String> header, CatalogSchema schema, Owner owner) {
        ProductColumns columns = new ProductColumns(owner, header);
        Map<String, ValueSlot> slots = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        String identifierColumn = owner == Owner.PRODUCT ? schema.identifierAttribute() : "code";
        if (identifierColumn == null) {
            throw new MalformedCsvException(1, "the catalog has no identifier attribute yet: import attributes.csv first");
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.equals(identifierColumn)) {
                columns.identifier = i;
            } else if (!columns.fixed(column, i) && !columns.association(column, i, schema)
                    && !value(column, i, schema, slots, problems)) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(0, "unknown column(s) %s: not %s field, attribute or association type of this catalog".formatted(unknown,
                    owner == Owner.PRODUCT ? "a product" : "a product model"));
        }
        if (columns.identifier < 0) {
            problems.add(0, "the identifier column '%s' is missing".formatted(identifierColumn));
        }
        if (!problems.isEmpty()) {
            throw new MalformedCsvException(1, String.join("; ", problems));
        }
        columns.slots.addAll(slots.values());
        return columns;
    }

    private boolean fixed(String column, int i) {
        switch (column) {
            case "family" -> {
                if (owner != Owner.PRODUCT) {
                    return false;
                }
                family = i;
            }
            case "family_variant" -> {
                if (owner != Owner.PRODUCT_MODEL) {
                    return false;
                }
                familyVariant = i;
            }
            case "parent" -> parent = i;
            case "categories" -> categories = i;
            case "enabled" -> {
                if (owner != Owner.PRODUCT) {
                    return false;
                }
                enabled = i;
            }
            case "groups" -> {
                if (owner != Owner.PRODUCT) {
                    return false;
                }
                groups = i;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean association(String column, int i, CatalogSchema schema) {
        int dash = column.lastIndexOf('-');
        if (dash <= 0) {
            return false;
        }
        String type = column.substring(0, dash);
        String suffix = column.substring(dash + 1);
        if (!schema.hasAssociationType(type)) {
            return false;
        }
        for (TargetKind kind : TargetKind.values()) {
            if (kind.suffix().equals(suffix)) {
                associations.add(new AssociationColumn(i, type, kind));
                return true;
            }
        }
        return false;
    }

    /** {@code attr[-locale][-channel][-CURRENCY|-unit]}; false when the attribute is unknown. */
    private static boolean value(String column, int i, CatalogSchema schema, Map<String, ValueSlot> slots, List<String> problems) {
        String[] parts = column.split("-", -1);
        AttributeSchema attribute = schema.attribute(parts[0]);
        if (attribute == null || attribute.type() == AttributeType.IDENTIFIER) {
            return false;
        }
        int next = 1;
        String locale = null;
        String scope = null;
        if (attribute.localizable()) {
            if (next >= parts.length) {
                problems.add("column '%s': attribute '%s' is localizable, name the locale as in '%s-en_US'".formatted(column, attribute.code(), column));
                return true;
            }
            locale = parts[next++];
            if (!schema.isLocaleEnabled(locale)) {
                problems.add("column '%s': locale '%s' does not exist or is not enabled".formatted(column, locale));
                return true;
            }
        }
        if (attribute.scopable()) {
            if (next >= parts.length) {
                problems.add("column '%s': attribute '%s' is scopable, name the channel as in '%s-ecommerce'".formatted(column, attribute.code(), column));
                return true;
            }
            scope = parts[next++];
            if (schema.channel(scope) == null) {
                problems.add("column '%s': channel '%s' does not exist".formatted(column, scope));
                return true;
            }
        }
        String slotLocale = locale;
        String slotScope = scope;
        ValueSlot slot = slots.computeIfAbsent(attribute.code() + "\u0000" + locale + "\u0000" + scope,
                k -> new ValueSlot(attribute, slotLocale, slotScope));
        if (attribute.type() == AttributeType.PRICE_COLLECTION) {
            if (next >= parts.length) {
                problems.add("column '%s': a price column names its currency, as in '%s-EUR'".formatted(column, column));
                return true;
            }
            String currency = parts[next++];
            if (!schema.isCurrencyEnabled(currency)) {
                problems.add("column '%s': currency '%s' does not exist or is not enabled".formatted(column, currency));
                return true;
            }
            slot.currency(currency, i);
        } else if (attribute.type() == AttributeType.METRIC && next < parts.length && parts[next].equals("unit")) {
            next++;
            slot.unit(i);
        } else {
            slot.data(i);
        }
        if (next != parts.length) {
            problems.add("column '%s': unexpected '-%s' after the attribute%s".formatted(column,
                    String.join("-", List.of(parts).subList(next, parts.length)),
                    attribute.localizable() || attribute.scopable() ? "'s locale and channel" : " (it is neither localizable nor scopable)"));
        }
        return true;
    }

    public Owner owner() {
        return owner;
    }

    public List<String> header() {
        return header;
    }

    public int identifier() {
        return identifier;
    }

    public int family() {
        return family;
    }

    public int familyVariant() {
        return familyVariant;
    }

    public int parent() {
        return parent;
    }

    public int categories() {
        return categories;
    }

    public int enabled() {
        return enabled;
    }

    public int groups() {
        return groups;
    }

    public List<ValueSlot> slots() {
        return slots;
    }

    public List<AssociationColumn> associations() {
        return associations;
    }
}
