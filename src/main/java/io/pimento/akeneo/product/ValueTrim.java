package io.pimento.akeneo.product;

import io.pimento.akeneo.AkeneoException;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.common.Texts;

import java.util.Arrays;
import java.util.LinkedHashSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Akeneo's {@code scope}, {@code locales} and {@code attributes} list parameters: which values a
 * list shows. A value without scope (or locale) is kept whatever the scope (or locales) asked.
 *
 * @param scope      null: every scope
 * @param locales    null: every locale
 * @param attributes null: every attribute
 */
public record ValueTrim(String scope, Set<String> locales, Set<String> attributes) {

    public static final ValueTrim NONE = new ValueTrim(null, null, null);

    /** From the list parameters ({@code locales} and {@code attributes} comma-separated); an unknown channel or locale is Akeneo's 422. */
    public static ValueTrim of(String scope, String localeList, String attributes, ChannelService channels, LocaleService locales) {
        if (scope != null && channels.findPayload(scope).isEmpty()) {
            throw AkeneoException.unprocessable("Scope \"%s\" does not exist.".formatted(Texts.abbreviate(scope)));
        }
        Set<String> localeCodes = codes(localeList);
        if (localeCodes != null) {
            for (String locale : localeCodes) {
                if (locales.findPayload(locale).isEmpty()) {
                    throw AkeneoException.unprocessable("Locale \"%s\" does not exist or is not activated.".formatted(Texts.abbreviate(locale)));
                }
            }
        }
        return new ValueTrim(scope, localeCodes, codes(attributes));
    }

    private static Set<String> codes(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(code -> !code.isEmpty()).forEach(codes::add);
        return codes;
    }

    public Map<String, List<ProductValue>> apply(Map<String, List<ProductValue>> values) {
        if (scope == null && locales == null && attributes == null) {
            return values;
        }
        Map<String, List<ProductValue>> kept = new LinkedHashMap<>();
        values.forEach((attribute, list) -> {
            if (attributes != null && !attributes.contains(attribute)) {
                return;
            }
            List<ProductValue> slots = list.stream()
                    .filter(value -> scope == null || value.scope() == null || value.scope().equals(scope))
                    .filter(value -> locales == null || value.locale() == null || locales.contains(value.locale()))
                    .toList();
            if (!slots.isEmpty()) {
                kept.put(attribute, slots);
            }
        });
        return kept;
    }
}
