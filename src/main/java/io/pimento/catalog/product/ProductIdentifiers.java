package io.pimento.catalog.product;

import io.pimento.common.FieldError;

import java.util.List;

/** What an identifier (or product model code) may look like. */
final class ProductIdentifiers {

    static final int MAX_LENGTH = 255;

    private ProductIdentifiers() {
    }

    static void check(String field, String kind, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, kind + " is required"));
        } else if (value.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "%s is longer than %d characters".formatted(kind, MAX_LENGTH)));
        } else if (!value.equals(value.strip())) {
            errors.add(new FieldError(field, "%s '%s' starts or ends with spaces".formatted(kind, value)));
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == '/' || c == ',' || c == ';')) {
            errors.add(new FieldError(field, "%s '%s' contains a line break, a control character, '/', ',' or ';'".formatted(kind, value)));
        }
    }
}
