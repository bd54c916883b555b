package io.pimento.catalog.channel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;

import java.util.List;
import java.util.Map;

/** A channel in and out of the API, in Akeneo's shape. */
// Akeneo properties Pimento has no use for: accepted, so Akeneo payloads load as they are, and ignored.
@JsonIgnoreProperties({"conversion_units"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelPayload(
        String code,
        Map<String, String> labels,
        String categoryTree,
        List<String> locales,
        List<String> currencies,
        Integer version) implements StructurePayload {
}
