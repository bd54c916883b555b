package io.pimento.web;

import io.pimento.catalog.channel.ChannelPayload;

import java.util.Map;

/** A channel as a select shows it: its label (English, else any, else its code), its code as the value. */
public record ChannelChoice(String code, String label, boolean selected) {

    public static ChannelChoice of(ChannelPayload channel, boolean selected) {
        return new ChannelChoice(channel.code(), label(channel), selected);
    }

    private static String label(ChannelPayload channel) {
        Map<String, String> labels = channel.labels();
        if (labels == null || labels.isEmpty()) {
            return channel.code();
        }
        return labels.getOrDefault("en_US", labels.values().iterator().next());
    }
}
