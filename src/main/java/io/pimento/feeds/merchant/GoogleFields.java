package io.pimento.feeds.merchant;

import io.pimento.feeds.FeedItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps a resolved feed item ({@link FeedItem}, values already in the channel's locale, scope,
 * currencies and media URLs) to Google Merchant Center fields. Plain functions of their arguments.
 *
 * <p>Required: {@link #REQUIRED}. {@code brand}, {@code gtin} and {@code mpn} are sent when they
 * have a value; a product with neither gtin nor mpn is sent with {@code identifier_exists=no}
 * rather than left out (custom and unbranded goods are allowed that way).
 */
public final class GoogleFields {

    public static final List<String> COLUMNS = List.of("id", "title", "description", "link", "image_link",
            "availability", "price", "brand", "gtin", "mpn", "identifier_exists", "condition", "item_group_id");
    public static final List<String> REQUIRED = List.of("id", "title", "description", "link", "image_link",
            "availability", "price");

    /** Google's length limits; longer values are cut rather than rejected. */
    private static final int TITLE_MAX = 150;
    private static final int DESCRIPTION_MAX = 5000;

    private GoogleFields() {
    }

    /** The item in Google's terms, its price taken in {@code currency} (the channel's first). */
    public static GoogleItem of(FeedItem item, GoogleSources sources, String currency) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "id", item.identifier());
        put(fields, "title", cut(sources.title() == null ? item.label() : text(value(item, sources.title())), TITLE_MAX));
        put(fields, "description", cut(text(value(item, sources.description())), DESCRIPTION_MAX));
        put(fields, "link", link(sources.linkTemplate(), item.identifier()));
        put(fields, "image_link", text(value(item, sources.imageLink())));
        put(fields, "availability", value(item, sources.availability()) != null
                ? availability(value(item, sources.availability())) : sources.defaultAvailability());
        put(fields, "price", price(value(item, sources.price()), currency));
        put(fields, "brand", text(value(item, sources.brand())));
        put(fields, "gtin", text(value(item, sources.gtin())));
        put(fields, "mpn", text(value(item, sources.mpn())));
        if (!fields.containsKey("gtin") && !fields.containsKey("mpn")) {
            fields.put("identifier_exists", "no");
        }
        put(fields, "condition", sources.condition());
        put(fields, "item_group_id", item.parent());
        List<String> missing = REQUIRED.stream().filter(field -> !fields.containsKey(field)).toList();
        return new GoogleItem(item.identifier(), fields, missing);
    }

    /** The item's value of an attribute; null when the attribute (or the value) is absent. */
    static Object value(FeedItem item, String attribute) {
        return attribute == null || item.values() == null ? null : item.values().get(attribute);
    }

    /** {@code 12.00 EUR}: the amount in {@code currency} with two decimals, or null when there is none. */
    static String price(Object prices, String currency) {
        if (!(prices instanceof Collection<?> list) || currency == null) {
            return null;
        }
        for (Object price : list) {
            if (price instanceof Map<?, ?> map && currency.equals(String.valueOf(map.get("currency")))
                    && map.get("amount") != null) {
                String amount = amount(map.get("amount"));
                return amount == null ? null : amount + " " + currency;
            }
        }
        return null;
    }

    /** An amount with two decimals ({@code 12.00}); null when it is not a number. */
    static String amount(Object amount) {
        try {
            return new BigDecimal(String.valueOf(amount)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Google's availability from an attribute's value: one of its words (any case, spaces or
     * hyphens for underscores), a boolean (in or out of stock), or a stock count. Anything else is
     * no value, so the product is reported rather than sent with a guess.
     */
    static String availability(Object value) {
        if (value instanceof Boolean inStock) {
            return inStock ? GoogleMapping.IN_STOCK : "out_of_stock";
        }
        if (value instanceof Number count) {
            return new BigDecimal(count.toString()).signum() > 0 ? GoogleMapping.IN_STOCK : "out_of_stock";
        }
        if (value instanceof String word) {
            String normalised = word.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            return GoogleMapping.AVAILABILITIES.contains(normalised) ? normalised : null;
        }
        return null;
    }

    /** The template with {@code {identifier}} replaced by the URL-encoded identifier. */
    static String link(String template, String identifier) {
        if (template == null) {
            return null;
        }
        return template.replace("{identifier}", URLEncoder.encode(identifier, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A text, number or option code as text; a list of them joined; anything else (metrics, prices) is no text. */
    static String text(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value);
        }
    }
}
