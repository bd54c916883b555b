package io.pimento.search.mapping;

/**
 * Names of the fields of a product document (see docs/search.md). Attribute values live in one
 * object per kind of value ({@code select}, {@code number}...), under a leaf named like Akeneo's
 * flat columns: {@code <attribute>[-<locale>][-<channel>]}, plus {@code -<currency>} for prices.
 */
public final class ProductFields {

    public static final String INDEX = "products";

    public static final String ID = "id";
    public static final String IDENTIFIER = "identifier";
    public static final String IDENTIFIER_AUTOCOMPLETE = "identifier_autocomplete";
    public static final String FAMILY = "family";
    public static final String CATEGORIES = "categories";
    public static final String CATEGORY_PATHS = "category_paths";
    public static final String ENABLED = "enabled";
    public static final String STATUS = "status";
    public static final String PARENT = "parent";
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";

    /** {@code completeness.<channel>-<locale>}: the ratio (0-100). */
    public static final String COMPLETENESS = "completeness";
    /** {@code label.<locale>}: the label in the locale's language analyzer. */
    public static final String LABEL = "label";
    public static final String LABEL_AUTOCOMPLETE = "label_autocomplete";
    public static final String LABEL_SORT = "label_sort";
    /** {@code fulltext.<locale>}: every text of the product readable in that locale. */
    public static final String FULLTEXT = "fulltext";

    public static final String SELECT = "select";
    public static final String TEXT = "text";
    public static final String NUMBER = "number";
    public static final String BOOLEAN = "boolean";
    public static final String DATE = "date";
    public static final String PRICE = "price";
    public static final String METRIC = "metric";

    private ProductFields() {
    }

    /** Leaf name of an attribute value at a locale and channel (null when the attribute has none). */
    public static String valueLeaf(String attribute, String locale, String channel) {
        StringBuilder leaf = new StringBuilder(attribute);
        if (locale != null) {
            leaf.append('-').append(locale);
        }
        if (channel != null) {
            leaf.append('-').append(channel);
        }
        return leaf.toString();
    }

    public static String priceLeaf(String valueLeaf, String currency) {
        return valueLeaf + "-" + currency;
    }

    public static String completenessLeaf(String channel, String locale) {
        return channel + "-" + locale;
    }

    public static String path(String object, String leaf) {
        return object + "." + leaf;
    }
}
