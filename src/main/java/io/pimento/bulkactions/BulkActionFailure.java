package io.pimento.bulkactions;

import io.pimento.common.FieldError;

import java.util.List;

/** A product the action could not be applied to: the service's refusal, with its field errors. */
public record BulkActionFailure(String identifier, String message, List<FieldError> errors) {
}
