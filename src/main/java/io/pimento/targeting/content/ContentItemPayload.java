package io.pimento.targeting.content;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ExplicitNullAsEmpty;

import java.util.Map;

/**
 * A content item in and out of the API. {@code title} and {@code text} are per locale, merged key
 * by key by PATCH like labels. In a PATCH an explicit null on {@code image}, {@code link},
 * {@code valid_from} or {@code valid_to} (read as "") clears it; an absent field leaves it.
 * {@code frequency_cap} ({@link FrequencyCap}) is replaced whole; {@code {}} removes it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContentItemPayload(
        String code,
        String type,
        Map<String, String> title,
        Map<String, String> text,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String image,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String link,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String validFrom,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String validTo,
        FrequencyCap frequencyCap,
        Integer version) implements StructurePayload {
}
