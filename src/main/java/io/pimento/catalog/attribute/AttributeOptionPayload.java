package io.pimento.catalog.attribute;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;

import java.util.Map;

/** An option of a simple or multi select attribute: {@code {"code","attribute","sort_order","labels","version"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttributeOptionPayload(String code, String attribute, Integer sortOrder, Map<String, String> labels, Integer version)
        implements StructurePayload {
}
