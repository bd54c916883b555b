package io.pimento.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One product in search results. {@code label} is in the requested locale (the identifier when
 * the product has none); {@code completeness} is the ratio for the requested channel and locale,
 * null without a channel.
 */
public record ProductHit(String identifier,
                         String family,
                         String label,
                         boolean enabled,
                         String status,
                         List<String> categories,
                         String parent,
                         Instant created,
                         Instant updated,
                         Integer completeness) {
}
