package io.pimento.common;

import java.util.List;

/** The request is well-formed JSON but its content breaks the catalog's rules (422). Nothing was written. */
public class InvalidDataException extends ProblemException {

    public InvalidDataException(String detail, List<FieldError> errors) {
        super(422, "Unprocessable Content", detail, errors);
    }

    public InvalidDataException(List<FieldError> errors) {
        this(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid", errors);
    }

    public static InvalidDataException of(String field, String message) {
        return new InvalidDataException(List.of(new FieldError(field, message)));
    }
}
