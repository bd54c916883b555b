package io.pimento.targeting.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;

/**
 * A segment in and out of the API. {@code created_at} and {@code updated_at} are answered, and
 * ignored in requests; they are ISO-8601 text so that history compares them as they read.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SegmentPayload(
        String code,
        String name,
        String description,
        JsonNode condition,
        Integer version,
        String createdAt,
        String updatedAt) implements StructurePayload {
}
