package io.pimento.csv;

import io.pimento.catalog.product.schema.AttributeSchema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns holding one value slot (attribute, locale, channel): one column for most types, one
 * per currency for a price ({@code price-EUR}), the amount and {@code -unit} for a metric.
 * Indexes are -1 when the file has no such column.
 */
public final class ValueSlot {

    private final AttributeSchema attribute;
    private final String locale;
    private final String scope;
    private int data = -1;
    private int unit = -1;
    private final Map<String, Integer> currencies = new LinkedHashMap<>();

    ValueSlot(AttributeSchema attribute, String locale, String scope) {
        this.attribute = attribute;
        this.locale = locale;
        this.scope = scope;
    }

    public AttributeSchema attribute() {
        return attribute;
    }

    public String locale() {
        return locale;
    }

    public String scope() {
        return scope;
    }

    /** The value's column (a metric's amount); -1 when absent. */
    public int data() {
        return data;
    }

    /** A metric's {@code -unit} column; -1 when absent. */
    public int unit() {
        return unit;
    }

    /** A price's column per currency, in header order. */
    public Map<String, Integer> currencies() {
        return currencies;
    }

    void data(int index) {
        this.data = index;
    }

    void unit(int index) {
        this.unit = index;
    }

    void currency(String currency, int index) {
        currencies.put(currency, index);
    }

    /** The column name of this slot, before any currency or unit suffix: {@code name-en_US-ecommerce}. */
    public String baseColumn() {
        return baseColumn(attribute.code(), locale, scope);
    }

    /** {@code <attribute>[-<locale>][-<channel>]}, Akeneo's name for a value column. */
    public static String baseColumn(String attribute, String locale, String scope) {
        StringBuilder column = new StringBuilder(attribute);
        if (locale != null) {
            column.append('-').append(locale);
        }
        if (scope != null) {
            column.append('-').append(scope);
        }
        return column.toString();
    }
}
