package io.pimento.common;

/** One reason a request was refused: the field (a JSON path such as {@code values.name[0].data}) and the message. */
public record FieldError(String field, String message) {
}
