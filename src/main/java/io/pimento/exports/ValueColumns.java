package io.pimento.exports;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.csv.ValueCells;
import io.pimento.csv.ValueSlot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value columns of an export, in Akeneo's dialect, for the attributes, locales and channels
 * asked for: {@code name-en_US}, {@code description-en_US-ecommerce}, {@code price-EUR},
 * {@code weight} and {@code weight-unit}. Writes a product's values into those cells.
 */
final class ValueColumns {

    /** One value slot and the columns it spans. */
    private record Slot(AttributeSchema attribute, String locale, String scope, List<String> currencies) {

        String base() {
            return ValueSlot.baseColumn(attribute.code(), locale, scope);
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<String> header = new ArrayList<>();

    /**
     * @param attributes the attribute codes to export (the identifier is left out)
     * @param channels   the channels whose scopable values are exported
     * @param locales    the locales whose localizable values are exported
     */
    ValueColumns(CatalogSchema schema, Collection<String> attributes, List<ChannelSchema> channels, Set<String> locales) {
        Set<String> currencies = new LinkedHashSet<>();
        channels.forEach(c -> currencies.addAll(c.currencies()));
        List<AttributeSchema> sorted = attributes.stream().map(schema::attribute)
                .filter(a -> a != null && a.type() != AttributeType.IDENTIFIER)
                .distinct()
                .sorted(Comparator.comparing(AttributeSchema::code))
                .toList();
        for (AttributeSchema attribute : sorted) {
            List<String> scopes = attribute.scopable() ? channels.stream().map(ChannelSchema::code).toList() : java.util.Collections.singletonList(null);
            for (String scope : scopes) {
                ChannelSchema channel = scope == null ? null : channels.stream().filter(c -> c.code().equals(scope)).findFirst().orElseThrow();
                List<String> slotLocales = new ArrayList<>();
                if (attribute.localizable()) {
                    for (String locale : locales) {
                        if (attribute.isAvailableIn(locale) && (channel == null || channel.hasLocale(locale))) {
                            slotLocales.add(locale);
                        }
                    }
                } else {
                    slotLocales.add(null);
                }
                for (String locale : slotLocales) {
                    List<String> slotCurrencies = channel != null ? channel.currencies() : List.copyOf(currencies);
                    Slot slot = new Slot(attribute, locale, scope, slotCurrencies);
                    slots.add(slot);
                    switch (attribute.type()) {
                        case PRICE_COLLECTION -> slotCurrencies.forEach(c -> header.add(slot.base() + "-" + c));
                        case METRIC -> {
                            header.add(slot.base());
                            header.add(slot.base() + "-unit");
                        }
                        default -> header.add(slot.base());
                    }
                }
            }
        }
    }

    List<String> header() {
        return header;
    }

    /** Appends the cells of these values, in header order. */
    void cells(ProductValues values, List<String> row) {
        for (Slot slot : slots) {
            Object data = values.find(slot.attribute().code(), slot.locale(), slot.scope()).map(ProductValue::data).orElse(null);
            switch (slot.attribute().type()) {
                case PRICE_COLLECTION -> {
                    for (String currency : slot.currencies()) {
                        row.add(amountIn(data, currency));
                    }
                }
                case METRIC -> {
                    Map<?, ?> metric = data instanceof Map<?, ?> m ? m : Map.of();
                    row.add(ValueCells.format(metric.get("amount")));
                    row.add(metric.get("amount") == null ? "" : ValueCells.format(metric.get("unit")));
                }
                default -> row.add(ValueCells.format(data));
            }
        }
    }

    private static String amountIn(Object data, String currency) {
        if (data instanceof List<?> prices) {
            for (Object item : prices) {
                if (item instanceof Map<?, ?> price && currency.equals(price.get("currency"))) {
                    return ValueCells.format(price.get("amount"));
                }
            }
        }
        return "";
    }
}
