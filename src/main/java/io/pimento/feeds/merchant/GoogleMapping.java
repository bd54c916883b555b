package io.pimento.feeds.merchant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /api/v1/channels/{code}/google-mapping}: the attribute code feeding each Google field
 * (null: guessed from each product's family, see {@link GoogleSources}), the product URL template
 * ({@code https://shop.example.com/p/{identifier}}), the availability used when no attribute gives
 * one, and the condition of every item. On input {@code channel} is ignored and {@code version},
 * when given, must be the current one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GoogleMapping(String channel, String title, String description, String imageLink, String price,
                            String brand, String gtin, String mpn, String availability, String linkTemplate,
                            String defaultAvailability, String condition, Integer version) {

    public static final String IN_STOCK = "in_stock";
    public static final String NEW = "new";
    public static final List<String> AVAILABILITIES = List.of(IN_STOCK, "out_of_stock", "preorder", "backorder");
    public static final List<String> CONDITIONS = List.of(NEW, "refurbished", "used");

    public static GoogleMapping defaults(String channel) {
        return new GoogleMapping(channel, null, null, null, null, null, null, null, null, null, IN_STOCK, NEW, 0);
    }
}
