package io.pimento.catalog.product.schema;

import java.util.List;

/** A channel's locales and currencies, in their declared order. */
public record ChannelSchema(String code, List<String> locales, List<String> currencies) {

    public ChannelSchema {
        locales = locales == null ? List.of() : List.copyOf(locales);
        currencies = currencies == null ? List.of() : List.copyOf(currencies);
    }

    public boolean hasLocale(String locale) {
        return locales.contains(locale);
    }
}
