package io.pimento.feeds.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pimento.feeds.FeedItem;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.engine.Reason;

import java.util.List;

/**
 * A placement's answer: its id (to attribute impressions and clicks to later), the segments the
 * visitor matched, and the items, each with the reasons it is there.
 */
public record PlacementResponse(String id, String placement, List<String> segments, List<Entry> items) {

    /** A product resolved as the channel's feed resolves it, or a content item in the request's locale. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String type, String identifier, FeedItem product, ResolvedContentItem content, List<Reason> reasons) {

        static Entry product(FeedItem product, List<Reason> reasons) {
            return new Entry("product", product.identifier(), product, null, reasons);
        }

        static Entry content(ResolvedContentItem content, List<Reason> reasons) {
            return new Entry("content", content.code(), null, content, reasons);
        }
    }
}
