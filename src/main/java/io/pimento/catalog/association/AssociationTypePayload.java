package io.pimento.catalog.association;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.catalog.support.StructurePayload;

import java.util.Map;

/** An association type in and out of the API: {@code {"code","labels","is_two_way","is_quantified","version"}}. */
public record AssociationTypePayload(
        String code,
        Map<String, String> labels,
        @JsonProperty("is_two_way") Boolean twoWay,
        @JsonProperty("is_quantified") Boolean quantified,
        Integer version) implements StructurePayload {
}
