package io.pimento.catalog.family;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ExplicitNullAsEmpty;

import java.util.List;
import java.util.Map;

/**
 * A family in and out of the API, in Akeneo's shape. {@code attribute_requirements} maps a
 * channel code to the attributes a product needs to be complete on it. In a PATCH, an explicit
 * {@code "attribute_as_image": null} (read as "") removes the image attribute.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FamilyPayload(
        String code,
        Map<String, String> labels,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String attributeAsLabel,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String attributeAsImage,
        List<String> attributes,
        Map<String, List<String>> attributeRequirements,
        Integer version) implements StructurePayload {
}
