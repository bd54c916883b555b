package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Optional;

/** A product's completeness on every channel and locale it can be published to. */
public record Completeness(List<CompletenessEntry> entries) {

    @JsonCreator
    public Completeness {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    @JsonValue
    public List<CompletenessEntry> entries() {
        return entries;
    }

    public static Completeness none() {
        return new Completeness(List.of());
    }

    public Optional<CompletenessEntry> of(String channel, String locale) {
        return entries.stream().filter(e -> e.channel().equals(channel) && e.locale().equals(locale)).findFirst();
    }
}
