package io.pimento.feeds;

import java.util.List;

/**
 * What a feed resolves products for: a channel (its code is the scope of scopable values), one
 * of its locales, its locales in order (the label's fallbacks), its currencies, and the base URL
 * media keys are appended to.
 */
public record FeedTarget(String channel, String locale, List<String> channelLocales, List<String> currencies,
                         String mediaBaseUrl) {

    public FeedTarget {
        channelLocales = List.copyOf(channelLocales);
        currencies = List.copyOf(currencies);
    }
}
