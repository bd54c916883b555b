package io.pimento.common;

import java.util.List;

/** The request itself is malformed: unreadable body, bad query parameter, wrong JSON type (400). */
public class BadRequestException extends ProblemException {

    public BadRequestException(String detail) {
        super(400, "Bad Request", detail, List.of());
    }

    public BadRequestException(String detail, List<FieldError> errors) {
        super(400, "Bad Request", detail, errors);
    }

    public static BadRequestException of(String field, String message) {
        return new BadRequestException(message, List.of(new FieldError(field, message)));
    }
}
