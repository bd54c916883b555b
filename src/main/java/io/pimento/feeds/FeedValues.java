package io.pimento.feeds;

import io.pimento.media.MediaResponses;

import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Flattens a product's values (with what it inherits) to what one channel publishes in one
 * locale: one value per attribute, taken at the slot of that locale (localizable attributes) and
 * channel (scopable ones); prices only in the channel's currencies; image and file keys as absolute
 * URLs. Plain functions of their arguments.
 */
public final class FeedValues {

    private FeedValues() {
    }

    /** The published values, by attribute code; attributes without a value there are left out. */
    public static Map<String, Object> resolve(ProductValues values, CatalogSchema schema, FeedTarget target) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        values.asMap().keySet().forEach(code -> {
            AttributeSchema attribute = schema.attribute(code);
            if (attribute != null) {
                pick(values, attribute, target)
                        .map(data -> publishable(attribute, data, target))
                        .filter(FeedValues::isFilled)
                        .ifPresent(data -> resolved.put(code, data));
            }
        });
        return resolved;
    }

    /**
     * The catalog's label rule: the family's {@code attribute_as_label} value in the feed's
     * locale, else in the channel's other locales in order, else the identifier.
     */
    public static String label(ProductValues values, String labelAttribute, String identifier, FeedTarget target) {
        if (labelAttribute == null) {
            return identifier;
        }
        List<ProductValue> candidates = values.of(labelAttribute);
        return Stream.concat(Stream.of(target.locale()), target.channelLocales().stream())
                .map(locale -> textAt(candidates, locale, target.channel()))
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> Optional.ofNullable(textAt(candidates, null, target.channel())))
                .orElse(identifier);
    }

    private static String textAt(List<ProductValue> candidates, String locale, String channel) {
        // a value for the channel wins over one for every channel
        for (String scope : Arrays.asList(channel, null)) {
            for (ProductValue value : candidates) {
                if (value.sameSlot(locale, scope) && value.data() instanceof String text && !text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Optional<Object> pick(ProductValues values, AttributeSchema attribute, FeedTarget target) {
        if (attribute.localizable() && !attribute.isAvailableIn(target.locale())) {
            return Optional.empty();
        }
        String locale = attribute.localizable() ? target.locale() : null;
        String scope = attribute.scopable() ? target.channel() : null;
        return values.find(attribute.code(), locale, scope).map(ProductValue::data);
    }

    private static Object publishable(AttributeSchema attribute, Object data, FeedTarget target) {
        return switch (attribute.type()) {
            case PRICE_COLLECTION -> data instanceof Collection<?> prices ? inCurrencies(prices, target.currencies()) : data;
            case IMAGE, FILE -> data instanceof String key ? mediaUrl(key, target.mediaBaseUrl()) : data;
            default -> data;
        };
    }

    private static List<?> inCurrencies(Collection<?> prices, List<String> currencies) {
        return prices.stream()
                .filter(price -> price instanceof Map<?, ?> map && currencies.contains(String.valueOf(map.get("currency")))
                        && map.get("amount") != null)
                .toList();
    }

    /** A stored media key ({@code ab/cd/abcd_boot.png}) under the base URL; an absolute URL stays as it is. */
    static String mediaUrl(String key, String baseUrl) {
        if (key.startsWith("http://") || key.startsWith("https://")) {
            return key;
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + MediaResponses.path(key.replaceFirst("^/+", ""));
    }

    private static boolean isFilled(Object data) {
        return data != null
                && !(data instanceof String text && text.isEmpty())
                && !(data instanceof Collection<?> list && list.isEmpty());
    }
}
