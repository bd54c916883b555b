package io.pimento.exports;

import java.time.Instant;
import java.util.List;

/**
 * What a product export is limited to. {@code channel} limits scopable columns to that channel
 * (and locales to its locales) and is the channel {@code completeness} is measured on;
 * {@code categories} include their whole subtree (and variants inherit their models' categories).
 * Empty lists and nulls mean "no limit".
 */
public record ProductFilter(String channel, List<String> locales, List<String> families, List<String> categories,
                            Integer completeness, Instant updatedSince, Boolean enabled) {

    public ProductFilter {
        locales = locales == null ? List.of() : List.copyOf(locales);
        families = families == null ? List.of() : List.copyOf(families);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null, null);
    }
}
