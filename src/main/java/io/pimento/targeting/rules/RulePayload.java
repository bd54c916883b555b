package io.pimento.targeting.rules;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ExplicitNullAsEmpty;

/**
 * A merchandising rule in and out of the API. {@code start}/{@code end} are ISO-8601 instants
 * ({@code 2026-12-01T00:00:00Z}) or dates (midnight UTC), answered as instants. In a PATCH an explicit null on {@code placement},
 * {@code segment}, {@code start} or {@code end} (read as "") clears it; an absent field leaves it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RulePayload(
        String code,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String placement,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String segment,
        Integer priority,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String start,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String end,
        RuleActionPayload action,
        Boolean enabled,
        Integer version) implements StructurePayload {
}
