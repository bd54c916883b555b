package io.pimento.feeds;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /api/v1/channels/{code}/feed-settings}: {@code complete_only} keeps a channel's feed to
 * the products complete for it (in the feed's locale). On input, an absent {@code complete_only} is
 * false, {@code channel} is ignored and {@code version}, when given, must be the current one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeedSettings(String channel, boolean completeOnly, Integer version) {
}
