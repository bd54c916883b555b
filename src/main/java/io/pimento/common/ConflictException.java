package io.pimento.common;

import java.util.List;

/** The write conflicts with the current state: a stale version, a duplicate code, a resource still in use (409). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(409, "Conflict", detail, List.of());
    }

    public ConflictException(String detail, List<FieldError> errors) {
        super(409, "Conflict", detail, errors);
    }
}
