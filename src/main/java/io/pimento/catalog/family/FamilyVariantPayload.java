package io.pimento.catalog.family;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;

import java.util.List;
import java.util.Map;

/**
 * A family variant in and out of the API, in Akeneo's shape: one or two levels, each with its
 * axes and the attributes whose values live at that level.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FamilyVariantPayload(
        String code,
        String family,
        Map<String, String> labels,
        List<Level> variantAttributeSets,
        Integer version) implements StructurePayload {

    /** One level; {@code level} may be left out, the position in the list tells it. */
    public record Level(Integer level, List<String> axes, List<String> attributes) {
    }
}
