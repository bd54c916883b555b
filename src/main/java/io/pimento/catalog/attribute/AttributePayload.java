package io.pimento.catalog.attribute;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.common.ExplicitNullAsEmpty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An attribute in and out of the API, in Akeneo's shape. {@code type} accepts Pimento's codes and
 * Akeneo's ({@code pim_catalog_text}); responses give Pimento's. Numbers may be JSON numbers or
 * numeric strings; dates are {@code YYYY-MM-DD} (an ISO date-time is cut to its date). In a PATCH,
 * an explicit null on a text property (read as "") clears it.
 */
// Akeneo properties Pimento has no use for: accepted, so Akeneo payloads load as they are, and ignored.
@JsonIgnoreProperties({"wysiwyg_enabled", "auto_option_sorting", "minimum_input_length", "group_labels", "is_read_only", "default_value", "decimal_places_strategy", "decimal_places", "enable_option_creation_during_import", "max_items_count", "table_configuration", "is_main_identifier", "guidelines"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttributePayload(
        String code,
        String type,
        String group,
        Boolean localizable,
        Boolean scopable,
        Boolean unique,
        Boolean useableAsGridFilter,
        Integer sortOrder,
        Map<String, String> labels,
        List<String> availableLocales,
        Integer maxCharacters,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String validationRule,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String validationRegexp,
        BigDecimal numberMin,
        BigDecimal numberMax,
        Boolean decimalsAllowed,
        Boolean negativeAllowed,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String dateMin,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String dateMax,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String metricFamily,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String defaultMetricUnit,
        List<String> allowedExtensions,
        BigDecimal maxFileSize,
        @JsonDeserialize(using = ExplicitNullAsEmpty.class) String referenceDataName,
        Integer version) implements StructurePayload {
}
