package io.pimento.targeting.content;

import java.time.Duration;

/**
 * How often one visitor may be shown a content item: at most {@code impressions} times within
 * {@code within} (an ISO-8601 duration such as {@code PT12H} or {@code P7D}), counted from the
 * visitor's impression events that name the item. {@code {}} in a PATCH removes the cap.
 */
public record FrequencyCap(Integer impressions, String within) {

    public static final int MAX_IMPRESSIONS = 1000;
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofDays(400);

    boolean isEmpty() {
        return impressions == null && (within == null || within.isBlank());
    }

    /** The window, once validated. */
    public Duration window() {
        return Duration.parse(within);
    }
}
