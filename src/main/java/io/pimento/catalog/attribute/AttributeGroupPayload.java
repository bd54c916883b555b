package io.pimento.catalog.attribute;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;

import java.util.Map;

/** An attribute group in and out of the API: {@code {"code","sort_order","labels","version"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttributeGroupPayload(String code, Integer sortOrder, Map<String, String> labels, Integer version)
        implements StructurePayload {
}
