package io.pimento.catalog.category;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ExplicitNullAsEmpty;

import java.util.Map;

/**
 * A category in and out of the API. {@code parent} is null for a tree root; in a PATCH an
 * explicit {@code "parent": null} (read as "") makes the category a root, an absent one leaves it.
 */
// Akeneo properties Pimento has no use for: accepted, so Akeneo payloads load as they are, and ignored.
@JsonIgnoreProperties({"updated", "position", "channel_requirements", "values"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CategoryPayload(
        String code,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String parent,
        Map<String, String> labels,
        Integer sortOrder,
        Integer version) implements StructurePayload {
}
