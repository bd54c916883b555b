package io.pimento.web.preview;

import io.pimento.feeds.placement.PlacementResponse;
import io.pimento.targeting.rules.engine.Reason;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The list a placement answers, as the preview page's {@code items} fragment shows it: each entry's
 * position, kind, identifier, label and reasons. {@link #NOT_WIRED} when the form could not be served.
 */
public record PreviewItems(boolean available, List<Entry> entries) {

    public static final PreviewItems NOT_WIRED = new PreviewItems(false, List.of());

    /** One entry of the list: {@code kind} is "product" or "content". */
    public record Entry(int position, String kind, String identifier, String label, List<String> reasons) {
    }

    /** The placement's items, in order, as a channel receives them. */
    public static PreviewItems of(PlacementResponse response) {
        List<PlacementResponse.Entry> items = response.items();
        return new PreviewItems(true, IntStream.range(0, items.size()).mapToObj(i -> {
            PlacementResponse.Entry item = items.get(i);
            String label = item.product() != null ? item.product().label() : item.content().title();
            return new Entry(i + 1, item.type(), item.identifier(), label, item.reasons().stream().map(Reason::text).toList());
        }).toList());
    }
}
