package io.pimento.catalog.product.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.common.FieldError;

import java.util.List;

/**
 * The outcome of one line of a bulk request, in Akeneo's shape: {@code identifier} for products,
 * {@code code} for product models; {@code message} and {@code errors} only when it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkLineResult(int line, String identifier, String code, @JsonProperty("status_code") int statusCode,
                             String message, List<FieldError> errors) {

    public BulkLineResult {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}
