package io.pimento.web.preview;

import io.pimento.targeting.rules.engine.PlacementItem;
import io.pimento.targeting.rules.engine.Reason;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The list a placement answers, as the preview page's {@code items} fragment shows it: each entry's
 * position, kind, identifier and reasons. {@link #NOT_WIRED} until the placement service is called
 * by {@link PreviewPage#placementItems}.
 */
public record PreviewItems(boolean available, List<Entry> entries) {

    public static final PreviewItems NOT_WIRED = new PreviewItems(false, List.of());

    /** One entry of the list: {@code kind} is "product" or "content". */
    public record Entry(int position, String kind, String identifier, List<String> reasons) {
    }

    /** The engine's items, in order. */
    public static PreviewItems of(List<PlacementItem> items) {
        return new PreviewItems(true, IntStream.range(0, items.size()).mapToObj(i -> {
            PlacementItem item = items.get(i);
            return new Entry(i + 1, item.kind().name().toLowerCase(java.util.Locale.ROOT), item.identifier(),
                    item.reasons().stream().map(Reason::text).toList());
        }).toList());
    }
}
