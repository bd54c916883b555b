package io.pimento.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of a product feed: a product resolved for a channel and locale, or — in an
 * incremental feed — a tombstone ({@code {"identifier": "...", "deleted": true}}) for a product
 * the channel should drop (deleted, disabled, or no longer in the channel).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedItem(String identifier, String family, String label, String parent, List<String> categories,
                       Map<String, Object> values, Instant updated, Boolean deleted) {

    public static FeedItem product(String identifier, String family, String label, String parent, List<String> categories,
                                   Map<String, Object> values, Instant updated) {
        return new FeedItem(identifier, family, label, parent, List.copyOf(categories), values, updated, null);
    }

    public static FeedItem tombstone(String identifier, Instant removed) {
        return new FeedItem(identifier, null, null, null, null, null, removed, true);
    }
}
